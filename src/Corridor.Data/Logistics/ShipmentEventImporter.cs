using System.Globalization;
using Corridor.Import;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Logistics;

/// <summary>
/// <c>shipment-events.csv</c> (shipment,kind,node,at,delay_hours,note): tracking events of the organisation's shipments,
/// applied in file order. Validation replays them on copies of the stored shipments, so an event that does not fit the
/// route (a node not on a remaining leg, an event after delivery) is an error naming its line, and nothing is written.
/// </summary>
public sealed class ShipmentEventImporter : IDatasetImporter
{
    private static readonly string[] Header = ["shipment", "kind", "node", "at", "delay_hours", "note"];

    public string FileName => "shipment-events.csv";

    public int Order => 400;

    public bool OrganisationScoped => true;

    public async Task ValidateAsync(ImportContext context, string path, CancellationToken ct)
    {
        var copies = await context.Db.Set<Shipment>().AsNoTracking().Include(s => s.Events).ToDictionaryAsync(s => s.Reference, StringComparer.OrdinalIgnoreCase, ct);
        var rows = new List<Row>();
        foreach (var row in CsvTable.Read(path, FileName, Header, context.Errors))
        {
            var reference = row.Required("shipment");
            var kind = row.RequiredEnum<ShipmentEventKind>("kind");
            var node = row.Required("node");
            var atText = row.Required("at");
            DateTimeOffset at = default;
            if (atText.Length > 0 && !DateTimeOffset.TryParse(atText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out at))
            {
                row.Error("at", $"'{atText}' is not a date-time (e.g. 2027-02-03T14:00Z)");
            }

            var delay = row.OptionalDecimal("delay_hours");
            if (!row.IsValid)
            {
                continue;
            }

            if (!copies.TryGetValue(reference, out var shipment))
            {
                row.Error("shipment", $"unknown shipment '{reference}'");
                continue;
            }

            var applied = shipment.Record(kind, node, at, delay, row.Optional("note"));
            if (!applied.Succeeded)
            {
                row.Error(kind is ShipmentEventKind.Delayed ? "delay_hours" : "node", applied.Errors[0]);
                continue;
            }

            rows.Add(new Row(reference, kind, node, at, delay, row.Optional("note")));
        }

        context.SetState(new Parsed(rows));
    }

    public async Task<ImportCounts> ApplyAsync(ImportContext context, CancellationToken ct)
    {
        var rows = context.GetState<Parsed>().Rows;
        var shipments = await context.Db.Set<Shipment>().Include(s => s.Events).ToDictionaryAsync(s => s.Reference, StringComparer.OrdinalIgnoreCase, ct);
        foreach (var r in rows)
        {
            shipments[r.Shipment].Record(r.Kind, r.Node, r.At, r.Delay, r.Note);
        }

        await context.Db.SaveChangesAsync(ct);
        return new ImportCounts(FileName, rows.Count, 0, 0);
    }

    private sealed record Row(string Shipment, ShipmentEventKind Kind, string Node, DateTimeOffset At, decimal? Delay, string? Note);

    private sealed record Parsed(List<Row> Rows);
}
