using System.Globalization;
using System.Text.Json;
using Corridor.Import;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Compliance;

/// <summary>The audit trail of the acting organisation's screenings, as rows, CSV or JSON.</summary>
public sealed class ScreeningAudit(CorridorDbContext db)
{
    public async Task<List<ScreeningAuditRow>> RowsAsync(Guid? counterpartyId = null, CancellationToken ct = default)
    {
        var screenings = await db.Screenings.Where(s => counterpartyId == null || s.CounterpartyId == counterpartyId).ToListAsync(ct);
        var ids = screenings.Select(s => s.Id).ToArray();
        var matches = (await db.PossibleMatches.Where(m => ids.Contains(m.ScreeningId)).ToListAsync(ct)).ToLookup(m => m.ScreeningId);
        var rows = new List<ScreeningAuditRow>();
        foreach (var s in screenings.OrderBy(s => s.ScreenedAt).ThenBy(s => s.Id))
        {
            var found = matches[s.Id].OrderByDescending(m => m.Score).ToArray();
            if (found.Length == 0)
            {
                rows.Add(new ScreeningAuditRow(s.Id, s.ScreenedAt, s.Trigger, s.CounterpartyId, s.CounterpartyVersion, s.Query, s.Snapshots, s.AlgorithmVersion, s.Threshold,
                    null, null, null, null, null, null, null, null));
            }

            rows.AddRange(found.Select(m => new ScreeningAuditRow(s.Id, s.ScreenedAt, s.Trigger, s.CounterpartyId, s.CounterpartyVersion, s.Query, s.Snapshots,
                s.AlgorithmVersion, s.Threshold, m.EntryKey, m.EntryCaption, m.Score, m.Explanation, m.Status.ToString(), m.DecisionReason, m.DecidedBy, m.DecidedAt)));
        }

        return rows;
    }

    public static string ToJson(IEnumerable<ScreeningAuditRow> rows) =>
        JsonSerializer.Serialize(rows, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true });

    /// <summary>The rows as CSV for a spreadsheet (<see cref="SpreadsheetCsv"/>: a name that looks like a formula stays text).</summary>
    public static string ToCsv(IEnumerable<ScreeningAuditRow> rows) => SpreadsheetCsv.Write(
        new[] { Header }.Concat(rows.Select(r => new object?[]
        {
            r.ScreeningId, r.ScreenedAt, r.Trigger, r.CounterpartyId, r.CounterpartyVersion, r.Query, r.Snapshots, r.AlgorithmVersion,
            r.Threshold.ToString("0.00", CultureInfo.InvariantCulture), r.EntryKey, r.EntryCaption, r.Score?.ToString("0.0000", CultureInfo.InvariantCulture),
            r.Explanation, r.Status, r.DecisionReason, r.DecidedBy, r.DecidedAt,
        })));

    private static readonly object?[] Header =
    [
        "screening_id", "screened_at", "trigger", "counterparty_id", "counterparty_version", "query", "snapshots", "algorithm_version", "threshold",
        "entry_key", "entry_caption", "score", "explanation", "status", "decision_reason", "decided_by", "decided_at",
    ];
}
