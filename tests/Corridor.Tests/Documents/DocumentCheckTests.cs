using Corridor.Documents;

namespace Corridor.Tests.Documents;

public sealed class DocumentCheckTests
{
    [Fact]
    public void Mismatches_DifferentWeightsAndPackages_AreNamedFieldByField()
    {
        var invoice = new DocumentTotals(100, 100, 112_000m, 112_000m, 1_080_000m);
        var packingList = new DocumentTotals(100, 98, 112_000m, 112_500m, null);

        var found = DocumentCheck.Mismatches(packingList, [("INV-2026-000001", invoice)]);

        Assert.Equal(["packages: this document 98, INV-2026-000001 100", "gross_kg: this document 112500, INV-2026-000001 112000"], found);
    }

    [Fact]
    public void Mismatches_ValueOnlyWhereBothCarryMoney()
    {
        var a = new DocumentTotals(1, 1, 1m, 1m, 10m);
        Assert.Empty(DocumentCheck.Mismatches(a with { Value = null }, [("X", a)]));
        Assert.Equal(["value: this document 11, X 10"], DocumentCheck.Mismatches(a with { Value = 11m }, [("X", a)]));
    }
}
