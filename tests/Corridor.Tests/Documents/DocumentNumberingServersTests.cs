using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Tests.Logistics;
using Corridor.Tests.Support;
using Npgsql;

namespace Corridor.Tests.Documents;

/// <summary>
/// Issue 14's numbering test: two real <c>corridor serve</c> processes on one PostgreSQL database, 32 HTTP clients issuing
/// invoices of one organisation's series at once through both. The issued numbers are exactly 1..N, without gap or
/// duplicate, and the issues refused on the way (screening gate, cross-check mismatch) consumed none. Then credit
/// notes racing on one invoice through both servers: never more than its total, their own series without gap.
/// </summary>
public sealed class DocumentNumberingServersTests : IAsyncLifetime
{
    private const int Clients = 32;
    private const int Good = 44;
    private const int GateRefused = 10;
    private const int Mismatched = 10;
    private const string Email = "manager@demo.test";

    private readonly ServerWorkspace _workspace = new("documents-numbering");
    private string _token = "";

    public async Task InitializeAsync()
    {
        if (TestDatabase.PostgresServer is null)
        {
            return;
        }

        await _workspace.CreateDatabaseAsync();
        var db = _workspace.ConnectionString;
        await _workspace.CliAsync("users", "add", "--organisation", "DEMO", "--create-organisation", "Demo", "--email", Email,
            "--role", "export-manager", "--password", "long-enough-pw", "--database", db);
        await _workspace.CliAsync("import", Path.Combine(ReferenceNetwork.RepositoryRoot(), "data", "reference"), "--organisation", "DEMO", "--database", db);
        var list = Path.Combine(Path.GetTempPath(), $"corridor-sample-list-{Guid.NewGuid():N}.json");
        await File.WriteAllLinesAsync(list, ["""{"id": "mellat", "schema": "Company", "properties": {"name": ["Bank Mellat"]}}"""]);
        try
        {
            await _workspace.CliAsync("lists", "import", list, "--source", "opensanctions", "--database", db);
        }
        finally
        {
            File.Delete(list);
        }

        _token = (await _workspace.CliAsync("users", "token", "--email", Email, "--name", "numbering", "--database", db)).Trim();
    }

    public async Task DisposeAsync() => await _workspace.DisposeAsync();

    [PostgresFact]
    public async Task Issue_ThirtyTwoClientsOnTwoServers_NumbersOneToNWithoutGap_RefusalsTakeNone()
    {
        await _workspace.StartServersAsync(2);
        var servers = _workspace.Servers.Select(s => Client(s.BaseAddress)).ToArray();
        try
        {
            // Drafts: the good invoices, the screening order's (its consignee was never screened), and good ones whose
            // quantity is then changed in the draft so that they disagree with the invoice issued first.
            var good = new List<string>();
            for (var i = 0; i < Good + Mismatched + 1; i++)
            {
                good.Add(await InvoiceDraftAsync(servers[i % 2], "DEMO-BY-SHAHIN"));
            }

            var refusedByGate = new List<string>();
            for (var i = 0; i < GateRefused; i++)
            {
                refusedByGate.Add(await InvoiceDraftAsync(servers[i % 2], "DEMO-BY-SCREENING"));
            }

            var mismatched = good.Skip(Good + 1).ToList();
            good = good.Take(Good + 1).ToList();
            await SqlAsync($"UPDATE documents SET content_json = jsonb_set(content_json::jsonb, '{{totals,quantity}}', '99')::text WHERE id IN ({string.Join(",", mismatched.Select(m => $"'{m}'"))})");
            var first = await servers[0].PostAsync($"/api/documents/{good[0]}/issue", null);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);

            // The race: every client takes its share of the drafts, alternating between the servers.
            var work = new ConcurrentQueue<(string Id, string Kind)>(good.Skip(1).Select(g => (g, "good")).Concat(refusedByGate.Select(g => (g, "gate"))).Concat(mismatched.Select(g => (g, "mismatch")))
                .OrderBy(_ => Random.Shared.Next()));
            var outcomes = new ConcurrentBag<(string Kind, HttpStatusCode Status, string Body, int Server)>();
            using var start = new ManualResetEventSlim(false);
            var clients = Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
            {
                start.Wait();
                var turn = c;
                while (work.TryDequeue(out var item))
                {
                    var server = turn++ % 2;
                    using var response = await servers[server].PostAsync($"/api/documents/{item.Id}/issue", null);
                    outcomes.Add((item.Kind, response.StatusCode, await response.Content.ReadAsStringAsync(), server));
                }
            })).ToArray();
            start.Set();
            await Task.WhenAll(clients);

            var summary = string.Join("; ", outcomes.GroupBy(o => (o.Kind, o.Status, o.Server)).Select(g => $"{g.Key}: {g.Count()}"));
            Assert.All(outcomes.Where(o => o.Kind == "good"), o => Assert.True(o.Status == HttpStatusCode.OK, $"{o.Status}: {o.Body}"));
            Assert.All(outcomes.Where(o => o.Kind == "gate"), o => Assert.True(o.Status == HttpStatusCode.Conflict && o.Body.Contains("screening", StringComparison.Ordinal), o.Body));
            Assert.All(outcomes.Where(o => o.Kind == "mismatch"), o => Assert.True(o.Status == HttpStatusCode.Conflict && o.Body.Contains("cross-check quantity", StringComparison.Ordinal), o.Body));
            Assert.Equal(Good + GateRefused + Mismatched, outcomes.Count);
            Assert.True(outcomes.Where(o => o.Kind == "good").Select(o => o.Server).Distinct().Count() == 2, "one server issued nothing: " + summary);

            // What the database holds: numbers 1..N, each once, on exactly the good drafts; the counter at N; refused drafts unnumbered.
            var issued = await RowsAsync("SELECT id::text, sequence FROM documents WHERE type = 'CommercialInvoice' AND status = 'Issued'");
            Assert.Equal(Enumerable.Range(1, Good + 1).Select(n => (long)n), issued.Select(r => (long)r[1]!).Order());
            Assert.Equal(good.Order(), issued.Select(r => (string)r[0]!).Order());
            Assert.Equal(Good + 1L, (long)(await RowsAsync("SELECT last_number FROM document_counters WHERE type = 'CommercialInvoice'")).Single()[0]!);
            var refused = await RowsAsync($"SELECT status, number FROM documents WHERE id IN ({string.Join(",", refusedByGate.Concat(mismatched).Select(m => $"'{m}'"))})");
            Assert.Equal(GateRefused + Mismatched, refused.Count);
            Assert.All(refused, r =>
            {
                Assert.Equal("Draft", (string)r[0]!);
                Assert.Null(r[1]);
            });

            // Credit notes racing on one invoice through both servers: 8 × a quarter of its total, so exactly 4 pass.
            var quarter = 1_080_000m / 4; // 60 × 12,000 + 40 × 9,000 USD (orders.csv)
            var credits = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
            {
                using var response = await servers[i % 2].PostAsJsonAsync($"/api/documents/{good[0]}/credit", new { amount = quarter, reason = $"credit {i}" });
                return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
            })));
            Assert.Equal(4, credits.Count(c => c.StatusCode == HttpStatusCode.OK));
            Assert.All(credits.Where(c => c.StatusCode != HttpStatusCode.OK), c => Assert.True(c.StatusCode == HttpStatusCode.Conflict && c.Body.Contains("amount:", StringComparison.Ordinal), c.Body));
            var notes = await RowsAsync("SELECT sequence, status, credit_amount FROM documents WHERE type = 'CreditNote'");
            Assert.Equal([1L, 2L, 3L, 4L], notes.Select(n => (long)n[0]!).Order());
            Assert.All(notes, n => Assert.Equal(("Issued", quarter), ((string)n[1]!, (decimal)n[2]!)));
        }
        finally
        {
            foreach (var s in servers)
            {
                s.Dispose();
            }
        }
    }

    private static async Task<string> InvoiceDraftAsync(HttpClient server, string order)
    {
        using var response = await server.PostAsJsonAsync("/api/documents/drafts", new { order });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.EnumerateArray().First(d => d.GetProperty("type").GetString() == "commercial_invoice").GetProperty("id").GetString()!;
    }

    private async Task SqlAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(_workspace.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private async Task<List<object?[]>> RowsAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(_workspace.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    private HttpClient Client(Uri address)
    {
        var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(120) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        return http;
    }
}
