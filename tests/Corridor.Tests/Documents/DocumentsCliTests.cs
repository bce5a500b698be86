using System.Text.Json;
using Corridor.Cli;
using Corridor.Tests.MarketAccess;
using Corridor.Tests.Support;

namespace Corridor.Tests.Documents;

/// <summary>
/// <c>corridor documents</c> as a separate process on a demo database, the demo's Caspian shipment end to end: a gate
/// refusal on another demo order (exit 5, no number), draft, issue-set, show, pdf, amend, cancel, credit and list, with <c>--format json</c>.
/// </summary>
public sealed class DocumentsCliTests(AccessCliTests.DemoDatabase demo) : IClassFixture<AccessCliTests.DemoDatabase>
{
    private Task<CorridorProcess.Outcome> Run(params string[] args) => CorridorProcess.RunAsync(demo.Env, args);

    private static List<JsonElement> Rows(CorridorProcess.Outcome outcome)
    {
        Assert.True(outcome.ExitCode == ExitCodes.Ok, outcome.Stderr);
        using var doc = JsonDocument.Parse(outcome.Stdout);
        return doc.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    [Fact]
    public async Task Documents_CaspianShipment_DraftIssueSetShowPdfAmendCancelCredit()
    {
        var drafts = Rows(await Run("documents", "draft", "DEMO-RU-CASPIAN", "--format", "json"));
        Assert.Equal(["commercial_invoice", "packing_list", "certificate_of_origin", "rail_consignment_note", "bill_of_lading"],
            drafts.Select(d => d.GetProperty("type").GetString()).ToList());
        Assert.All(drafts, d => Assert.Equal("draft", d.GetProperty("status").GetString()));

        // DEMO-BY-SCREENING's consignee was never screened: the gate refuses (exit 5, every reason) and takes no number.
        var blocked = Rows(await Run("documents", "draft", "DEMO-BY-SCREENING", "--format", "json"));
        var refused = await Run("documents", "issue", blocked.First(d => d.GetProperty("type").GetString() == "commercial_invoice").GetProperty("id").GetString()!);
        Assert.Equal(ExitCodes.Conflict, refused.ExitCode);
        Assert.Contains("gate screening", refused.Stderr, StringComparison.Ordinal);

        var issuedRows = Rows(await Run("documents", "issue-set", "DEMO-RU-CASPIAN", "--format", "json"));
        Assert.Equal(drafts.Select(d => d.GetProperty("id").GetString()).Order(), issuedRows.Select(d => d.GetProperty("id").GetString()).Order());
        var issued = drafts.Select(d => issuedRows.Single(i => i.GetProperty("id").GetString() == d.GetProperty("id").GetString())).ToList(); // in the drafts' order
        var numbers = issued.Select(d => d.GetProperty("number").GetString()!).ToList();
        Assert.Equal(["INV", "PL", "CO", "SMGS", "BL"], numbers.Select(n => n.Split('-')[0]).ToList());
        Assert.All(numbers, n => Assert.EndsWith("-000001", n, StringComparison.Ordinal)); // the refusal took no number
        Assert.Equal(ExitCodes.NotFound, (await Run("documents", "issue-set", "DEMO-RU-CASPIAN")).ExitCode); // no drafts left

        var shown = await Run("documents", "show", numbers[0], "--format", "json");
        Assert.True(shown.ExitCode == ExitCodes.Ok, shown.Stderr);
        Assert.Contains(numbers[0], shown.Stdout, StringComparison.Ordinal);

        var file = Path.Combine(demo.Home, "invoice.pdf");
        var pdf = await Run("documents", "pdf", numbers[0], "-o", file);
        Assert.True(pdf.ExitCode == ExitCodes.Ok, pdf.Stderr);
        Assert.Contains(numbers[0], await PdfText.ReadAsync(await File.ReadAllBytesAsync(file)), StringComparison.Ordinal);

        var cancelled = Rows(await Run("documents", "cancel", issued[1].GetProperty("id").GetString()!, "--reason", "wrong cartons", "--format", "json"));
        Assert.Equal("CXL-" + numbers[1].Split('-')[1] + "-000001", cancelled.Single().GetProperty("number").GetString());
        var amendment = Rows(await Run("documents", "amend", issued[0].GetProperty("id").GetString()!, "--reason", "address", "--format", "json")).Single();
        Assert.Equal("draft", amendment.GetProperty("status").GetString());
        var amended = Rows(await Run("documents", "issue", amendment.GetProperty("id").GetString()!, "--format", "json")).Single();
        Assert.Equal(numbers[0] + "/A1", amended.GetProperty("number").GetString());
        var credit = Rows(await Run("documents", "credit", amended.GetProperty("id").GetString()!, "--amount", "960.00", "--reason", "damaged", "--format", "json")).Single();
        Assert.StartsWith("CN-", credit.GetProperty("number").GetString(), StringComparison.Ordinal);

        var all = Rows(await Run("documents", "list", "DEMO-RU-CASPIAN", "--format", "json"));
        Assert.Equal(5 + 1 + 1 + 1, all.Count); // the set, its cancellation, the amendment, the credit note
    }
}
