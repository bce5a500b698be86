using System.Text.RegularExpressions;
using Corridor.Organisations;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Corridor.Tests.Browser;

/// <summary>
/// Signs in as each role, visits every page reachable from the navigation (the navigation's pages and the pages they
/// link to, two links deep, a few of each kind of record page), and fails on any 4xx/5xx answer, any raw JSON shown
/// to a person, and any horizontal overflow at 1440 px (issue 18).
/// </summary>
public sealed partial class CrawlerBrowserTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const int PerKind = 3;
    private const int MaxDepth = 2;

    [Theory]
    [InlineData(Role.Admin)]
    [InlineData(Role.ExportManager)]
    [InlineData(Role.ComplianceOfficer)]
    [InlineData(Role.LogisticsPlanner)]
    [InlineData(Role.Analyst)]
    [InlineData(Role.Operator)]
    public async Task EveryPageFromTheNavigation_AnswersHtmlWithoutOverflow(Role role)
    {
        var page = await fixture.SignedInPageAsync(role);
        await page.SetViewportSizeAsync(1440, 900);
        var visited = await CrawlAsync(page, (p, path, problems) => CheckPageAsync(p, path, problems));

        output.WriteLine($"{role}: {visited.Count} pages");
        Assert.True(visited.Count >= 10, $"only {visited.Count} pages were reached as {role}");
    }

    /// <summary>On a phone (390 px wide) every page of the navigation fits the screen's width: wide tables scroll inside their box.</summary>
    [Theory]
    [InlineData(Role.ExportManager)]
    [InlineData(Role.Analyst)]
    public async Task NavigationPages_OnAPhone_HaveNoHorizontalOverflow(Role role)
    {
        var page = await fixture.SignedInPageAsync(role);
        await page.SetViewportSizeAsync(390, 844);
        var problems = new List<string>();
        foreach (var href in (await LinksAsync(page, "nav.side a[href]")).Where(h => h.StartsWith('/') && !h.StartsWith("/api/", StringComparison.Ordinal)))
        {
            await page.GotoAsync(fixture.BaseUrl + href);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow > 0)
            {
                problems.Add($"{href}: {overflow} px wider than the phone's 390 px");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// axe-core (WCAG 2 A and AA rules) on every page an administrator reaches from the navigation (an administrator sees
    /// every section and action): labelled inputs, contrast, landmarks, names of links and buttons.
    /// </summary>
    [Fact]
    public async Task EveryPageFromTheNavigation_HasNoAccessibilityViolation()
    {
        var page = await fixture.SignedInPageAsync(Role.Admin);
        await page.SetViewportSizeAsync(1440, 900);
        var options = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } };
        var visited = await CrawlAsync(page, async (p, path, problems) =>
        {
            var result = await p.RunAxe(options);
            problems.AddRange(result.Violations.Select(v =>
                $"{path}: {v.Id} ({v.Help}) at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}{(v.Nodes.Length > 3 ? $" and {v.Nodes.Length - 3} more" : "")}"));
        });

        Assert.True(visited.Count >= 10, $"only {visited.Count} pages were reached");
    }

    /// <summary>Breadth-first over same-origin links; returns the paths visited and fails with every problem found.</summary>
    internal async Task<IReadOnlyList<string>> CrawlAsync(IPage page, Func<IPage, string, List<string>, Task> check)
    {
        var start = new Uri(fixture.BaseUrl);
        var queue = new Queue<(string Path, int Depth)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<string>();
        var visited = new List<string>();
        foreach (var href in await LinksAsync(page, "nav.side a[href]"))
        {
            Enqueue(href, 0);
        }

        while (queue.TryDequeue(out var next))
        {
            IResponse? response;
            try
            {
                response = await page.GotoAsync(fixture.BaseUrl + next.Path);
            }
            catch (PlaywrightException e) when (e.Message.StartsWith("Download is starting", StringComparison.Ordinal))
            {
                // A download (CSV, PDF) linked from a page: the browser saves it; its content has tests of its own.
                continue;
            }

            visited.Add(next.Path);
            if (response is null)
            {
                problems.Add($"{next.Path}: no answer");
                continue;
            }

            var type = response.Headers.GetValueOrDefault("content-type", "");
            if (response.Status >= 400)
            {
                problems.Add($"{next.Path}: {response.Status}");
                continue;
            }

            if (!type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
            {
                // A download (CSV, PDF) reached from a page is fine; JSON shown to a person is not.
                if (type.Contains("json", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{next.Path}: raw JSON ({type})");
                }

                continue;
            }

            await check(page, next.Path, problems);
            if (next.Depth < MaxDepth)
            {
                foreach (var href in await LinksAsync(page, "main a[href]"))
                {
                    Enqueue(href, next.Depth + 1);
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        return visited;

        void Enqueue(string href, int depth)
        {
            if (!Uri.TryCreate(new Uri(page.Url), href, out var uri) || uri.Host != start.Host || uri.Port != start.Port)
            {
                return;
            }

            var path = uri.PathAndQuery;
            // The API and its reference are for programs; downloads are checked by their own tests.
            if (path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/openapi", StringComparison.OrdinalIgnoreCase) ||
                path.StartsWith("/metrics", StringComparison.OrdinalIgnoreCase) || !seen.Add(path))
            {
                return;
            }

            if (depth > 0)
            {
                var kind = Kind(uri);
                kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
                if (kinds[kind] > PerKind)
                {
                    return;
                }
            }

            queue.Enqueue((path, depth));
        }
    }

    private static async Task CheckPageAsync(IPage page, string path, List<string> problems)
    {
        var body = (await page.InnerTextAsync("body")).TrimStart();
        if (body.StartsWith('{') || body.StartsWith('['))
        {
            problems.Add($"{path}: the page shows raw JSON: {body[..Math.Min(80, body.Length)]}");
        }

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow > 0)
        {
            problems.Add($"{path}: {overflow} px of horizontal overflow at 1440 px");
        }
    }

    private static async Task<IReadOnlyList<string>> LinksAsync(IPage page, string selector) =>
        await page.Locator(selector).EvaluateAllAsync<string[]>("els => els.filter(e => !e.hasAttribute('download')).map(e => e.getAttribute('href'))");

    /// <summary>The kind of page a link leads to: its path with record keys (the last segment, digits, GUIDs) replaced, and its query's names.</summary>
    private static string Kind(Uri uri)
    {
        var segments = uri.AbsolutePath.TrimEnd('/').Split('/');
        var shape = string.Join('/', segments.Select((s, i) => i == segments.Length - 1 && segments.Length > 2 || Key().IsMatch(s) ? "*" : s));
        var names = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal);
        return shape + "?" + string.Join('&', names);
    }

    [GeneratedRegex(@"^([0-9a-f-]{32,36}|\d+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Key();
}
