using System.Globalization;
using System.Text.Json;
using Corridor.Audit;
using Corridor.Import;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Logistics;

/// <summary>
/// <c>services.csv</c>: scheduled services (timetables). Each service must run on a link of links.csv or a stored
/// link, and its departures may not overlap. Applying upserts the services and their departures: a departure is
/// identified by (service, departure time); existing departures keep their bookings; departures that left the
/// timetable are removed only when nothing is booked on them.
/// </summary>
public sealed class ServiceImporter : CsvEntityImporter<TransportService>
{
    private NetworkReferences? _refs;

    /// <summary>The departures a run adds, per service: written in bulk once the services are saved.</summary>
    private readonly List<(string Service, List<Departure> Departures)> _newDepartures = [];

    public override string FileName => "services.csv";

    public override int Order => 330;

    public override bool OrganisationScoped => false;

    protected override IReadOnlyList<string> Header => LogisticsRows.ServiceHeader;

    protected override string KeyColumn => "code";

    protected override TransportService? Parse(CsvRow row, ImportContext context)
    {
        _refs ??= new NetworkReferences(context);
        return LogisticsRows.Service(row, _refs.LinkKnown);
    }

    protected override string KeyOf(TransportService entity) => entity.Code;

    protected override Task<Dictionary<string, TransportService>> LoadExistingAsync(CorridorDbContext db, CancellationToken ct) =>
        db.Set<TransportService>().ToDictionaryAsync(s => s.Code, StringComparer.OrdinalIgnoreCase, ct);

    protected override bool Update(TransportService existing, TransportService incoming) => existing.UpdateFrom(incoming);

    protected override async Task ResolveReferencesAsync(TransportService entity, ImportContext context, CancellationToken ct)
    {
        var db = context.Db;
        var existing = await db.Set<Departure>().Where(d => d.ServiceCode == entity.Code).ToDictionaryAsync(d => d.DepartsAt, ct);
        var wanted = LogisticsRows.DeparturesOf(entity).ToList();
        var keep = new HashSet<DateTimeOffset>();
        var added = new List<Departure>();
        foreach (var d in wanted)
        {
            keep.Add(d.DepartsAt);
            if (existing.TryGetValue(d.DepartsAt, out var current))
            {
                current.Reschedule(d.ArrivesAt, Math.Max(d.Capacity, current.Booked));
            }
            else
            {
                added.Add(d);
            }
        }

        if (added.Count > 0)
        {
            _newDepartures.Add((entity.Code, added));
        }

        foreach (var (at, d) in existing)
        {
            if (!keep.Contains(at) && d.Booked == 0)
            {
                db.Remove(d);
            }
        }
    }

    /// <summary>
    /// New departures are generated from the timetable, a year of them per service: they are written with one
    /// prepared statement and audited with one entry per service (which departures, how many), not one per row
    /// (decision 011). Rescheduled and removed departures go through the change tracker and are audited row by row.
    /// </summary>
    protected override async Task AfterSaveAsync(ImportContext context, CancellationToken ct)
    {
        var db = context.Db;
        var actor = db.Actor;
        var now = TimeProvider.System.GetUtcNow();
        foreach (var (service, departures) in _newDepartures)
        {
            await BulkInsert.InsertAsync(db, departures, ct);
            db.AuditLog.Add(new AuditEntry(now, actor.UserId, actor.Name, null, nameof(Departure), service, "added",
                JsonSerializer.Serialize(new
                {
                    service,
                    departures = departures.Count,
                    first = departures.Min(d => d.DepartsAt),
                    last = departures.Max(d => d.DepartsAt),
                    ids = departures.Select(d => d.Id),
                })));
        }

        _newDepartures.Clear();
    }

    protected override async Task<IReadOnlyList<string?[]>> RowsForExportAsync(CorridorDbContext db, CancellationToken ct) =>
        (await db.Set<TransportService>().AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct))
            .Select(s => new[]
            {
                s.Code, s.Name, s.Operator, s.FromCode, s.ToCode, s.Mode.ToText(), s.Weekdays, s.DepartureTime.ToString("HH:mm", CultureInfo.InvariantCulture),
                LogisticsRows.Num(s.TransitHours), s.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.ValidUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                s.Capacity.ToString(CultureInfo.InvariantCulture), s.Unit.ToString().ToLowerInvariant(), s.Source, s.Assumption,
            }).ToList();
}
