using Corridor.Common;

namespace Corridor.Trade;

/// <summary>
/// A quantity ceiling of an agreement: at most <see cref="MaxQuantity"/> units of the listed models or parts
/// (<see cref="ItemCodes"/>, space-separated) or of a product group (vehicles for every model, or a parts group).
/// <see cref="Committed"/> counts confirmed orders, <see cref="Delivered"/> delivered ones; both are kept by conditional
/// UPDATEs so that concurrent confirmations cannot pass the ceiling together.
/// </summary>
public sealed class QuantityCeiling
{
    /// <summary>The product group of every vehicle model.</summary>
    public const string VehiclesGroup = "vehicles";

    private QuantityCeiling()
    {
        Label = ItemCodes = "";
    }

    internal QuantityCeiling(string label, IEnumerable<string> itemCodes, string? productGroup, int maxQuantity)
    {
        Label = Guard.Text(label, "ceiling label", 100);
        (ItemCodes, ProductGroup) = Coverage(Label, itemCodes, productGroup);
        MaxQuantity = Guard.Positive(maxQuantity, "max quantity");
    }

    /// <summary>Whether the ceiling covers exactly these items and product group.</summary>
    internal bool SameCoverage(IEnumerable<string> itemCodes, string? productGroup)
    {
        var (items, group) = Coverage(Label, itemCodes, productGroup, check: false);
        return group == ProductGroup && items.Split(' ').Order().SequenceEqual(ItemCodes.Split(' ').Order());
    }

    /// <summary>New coverage and maximum (the agreement's <c>Revise</c> decides whether that is allowed).</summary>
    internal void Revise(IEnumerable<string> itemCodes, string? productGroup, int maxQuantity)
    {
        var coverage = Coverage(Label, itemCodes, productGroup);
        MaxQuantity = Guard.Positive(maxQuantity, "max quantity");
        (ItemCodes, ProductGroup) = coverage;
    }

    private static (string Items, string? Group) Coverage(string label, IEnumerable<string> itemCodes, string? productGroup, bool check = true)
    {
        var items = string.Join(' ', itemCodes.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct());
        var group = string.IsNullOrWhiteSpace(productGroup) ? null : productGroup.Trim().ToLowerInvariant();
        if (check && items.Length == 0 && group is null)
        {
            throw new ArgumentException($"quantity ceiling '{label}' names neither items nor a product group.", nameof(itemCodes));
        }

        return (items, group);
    }

    public long Id { get; private set; }

    public Guid AgreementId { get; private set; }

    public string Label { get; private set; }

    public string ItemCodes { get; private set; }

    public string? ProductGroup { get; private set; }

    public int MaxQuantity { get; private set; }

    public int Committed { get; private set; }

    public int Delivered { get; private set; }

    public int Remaining => MaxQuantity - Committed;

    /// <summary>Whether a line of <paramref name="itemCode"/> in <paramref name="productGroup"/> counts against this ceiling.</summary>
    public bool Covers(string itemCode, string productGroup) =>
        (ItemCodes.Length > 0 && ItemCodes.Split(' ').Contains(itemCode, StringComparer.OrdinalIgnoreCase))
        || (ProductGroup is not null && string.Equals(ProductGroup, productGroup, StringComparison.OrdinalIgnoreCase));
}
