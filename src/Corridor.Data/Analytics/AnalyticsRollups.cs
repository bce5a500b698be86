using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Analytics;

/// <summary>
/// Rebuilds an organisation's rollups from its shipment lines with one INSERT … SELECT … GROUP BY per table, in the
/// database: the rollups are exactly the sums of the lines (integers only), on both providers.
/// </summary>
public static class AnalyticsRollups
{
    public static async Task RebuildAsync(CorridorDbContext db, Guid organisation, CancellationToken ct = default)
    {
        await db.Database.ExecuteSqlRawAsync("DELETE FROM shipment_monthly WHERE organisation_id = {0}", [organisation], ct);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM shipment_lead_times WHERE organisation_id = {0}", [organisation], ct);
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO shipment_monthly (organisation_id, month, market, item_kind, item_code, route_id, currency, maker, product_group, branch,
                lines, units, weight_kg, value_minor, value_usd_cents, on_time_lines, lead_days_sum)
            SELECT organisation_id, ship_month, market, item_kind, item_code, route_id, currency, MIN(maker), MIN(product_group), MIN(branch),
                COUNT(*), SUM(units), SUM(weight_kg), SUM(value_minor), SUM(value_usd_cents), SUM(CASE WHEN on_time THEN 1 ELSE 0 END), SUM(lead_days)
            FROM shipment_lines WHERE organisation_id = {0}
            GROUP BY organisation_id, ship_month, market, item_kind, item_code, route_id, currency
            """, [organisation], ct);
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO shipment_lead_times (organisation_id, month, market, maker, product_group, lead_days, lines, on_time_lines, units)
            SELECT organisation_id, ship_month, market, maker, product_group, lead_days, COUNT(*), SUM(CASE WHEN on_time THEN 1 ELSE 0 END), SUM(units)
            FROM shipment_lines WHERE organisation_id = {0}
            GROUP BY organisation_id, ship_month, market, maker, product_group, lead_days
            """, [organisation], ct);
    }
}
