using System.Globalization;
using System.Linq.Expressions;
using Corridor.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Corridor.Web;

/// <summary>A column of a long list: its header, how the list sorts on it (or not), and its CSV cell.</summary>
public interface IListColumn
{
    /// <summary>The <c>sort</c> value of the query string, or null for a column the list does not sort on.</summary>
    string? Key { get; }

    string Header { get; }

    bool Numeric { get; }
}

/// <summary>A column of a list of <typeparamref name="T"/> (see <see cref="Listing"/>).</summary>
public sealed class ListColumn<T>(string? key, string header, bool numeric, Func<IQueryable<T>, bool, IOrderedQueryable<T>>? order,
    Func<IOrderedQueryable<T>, bool, IOrderedQueryable<T>>? then, Func<T, object?>? csv) : IListColumn
{
    public string? Key { get; } = key;

    public string Header { get; } = header;

    public bool Numeric { get; } = numeric;

    internal Func<IQueryable<T>, bool, IOrderedQueryable<T>>? Order { get; } = order;

    internal Func<IOrderedQueryable<T>, bool, IOrderedQueryable<T>>? Then { get; } = then;

    /// <summary>The CSV cell; null leaves the column out of the CSV (an action column).</summary>
    internal Func<T, object?>? Csv { get; } = csv;
}

/// <summary>The columns of one list, built once per page type.</summary>
public static class ListColumn
{
    /// <summary>A column sorted on <paramref name="sort"/> (translated to SQL on a database query) whose CSV cell is <paramref name="csv"/> or the sort key.</summary>
    public static ListColumn<T> Sorted<T, TKey>(string key, string header, Expression<Func<T, TKey>> sort, Func<T, object?>? csv = null, bool numeric = false)
    {
        return new ListColumn<T>(key, header, numeric, (q, desc) => desc ? q.OrderByDescending(sort) : q.OrderBy(sort),
            (q, desc) => desc ? q.ThenByDescending(sort) : q.ThenBy(sort), csv ?? Compile(sort));
    }

    /// <summary>A column the list does not sort on; <paramref name="csv"/> null leaves it out of the CSV.</summary>
    public static ListColumn<T> Plain<T>(string header, Func<T, object?>? csv, bool numeric = false) => new(null, header, numeric, null, null, csv);

    private static Func<T, object?> Compile<T, TKey>(Expression<Func<T, TKey>> sort)
    {
        var f = sort.Compile();
        return x => f(x);
    }
}

/// <summary>
/// One page of a long list as the page shows it (decision 040): its rows, the total that match the filters, the sort and
/// the links to other pages, sorts and the CSV of every matching row. <c>_ListHead</c> draws the sortable header and
/// <c>_ListPager</c> the pager and the CSV link; both keep the page's filters in their links.
/// </summary>
public sealed class ListView<T>(IReadOnlyList<T> rows, int total, int page, int pageSize, string sort, bool descending, IReadOnlyList<IListColumn> columns, IReadOnlyDictionary<string, string?> query)
    : IListView
{
    public IReadOnlyList<T> Rows { get; } = rows;

    public int Total { get; } = total;

    public int Page { get; } = page;

    public int PageSize { get; } = pageSize;

    public string Sort { get; } = sort;

    public bool Descending { get; } = descending;

    public IReadOnlyList<IListColumn> Columns { get; } = columns;

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int First => Total == 0 ? 0 : ((Page - 1) * PageSize) + 1;

    public int Last => Math.Min(Total, Page * PageSize);

    /// <summary>This list's query string with some values replaced (null removes one).</summary>
    public string Link(params (string Name, string? Value)[] changes)
    {
        var values = new Dictionary<string, string?>(query, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in changes)
        {
            values[name] = value;
        }

        var kept = values.Where(v => !string.IsNullOrEmpty(v.Value)).OrderBy(v => v.Key, StringComparer.Ordinal).ToList();
        return kept.Count == 0 ? "?" : QueryHelpers.AddQueryString("", kept);
    }

    public string PageLink(int page) => Link(("page", page == 1 ? null : page.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The link a column's header leads to: sorted on it, ascending first, the other way when it already is; back to page 1.</summary>
    public string SortLink(IListColumn column) =>
        Link(("sort", column.Key), ("dir", column.Key == Sort && !Descending ? "desc" : null), ("page", null));

    public string CsvLink => Link(("handler", "Csv"), ("page", null));
}

/// <summary>What the list partials need, whatever the row type.</summary>
public interface IListView
{
    int Total { get; }

    int Page { get; }

    int Pages { get; }

    int First { get; }

    int Last { get; }

    string Sort { get; }

    bool Descending { get; }

    IReadOnlyList<IListColumn> Columns { get; }

    string PageLink(int page);

    string SortLink(IListColumn column);

    string CsvLink { get; }
}

/// <summary>
/// Paging, sorting and CSV for every long list (departures, figures, orders, counterparties, audit; decision 040):
/// the page filters its query, then hands it here with its columns. The query string carries <c>page</c> (from 1),
/// <c>sort</c> (a column's key) and <c>dir</c> (<c>desc</c>, else ascending); an unknown sort or page falls back to the
/// default rather than failing. <c>?handler=Csv</c> with the same filters gives every matching row in the same order
/// through <see cref="SpreadsheetCsv"/> (formulas escaped). A database query is sorted, counted and cut in SQL; an
/// in-memory one (<see cref="Queryable.AsQueryable{T}(IEnumerable{T})"/>) in memory.
/// </summary>
public static class Listing
{
    public const int PageSize = 100;

    /// <summary>The largest CSV a list gives (the audit log can be long); the file says when it was cut.</summary>
    public const int CsvLimit = 50_000;

    public static async Task<ListView<T>> PageAsync<T>(IQueryable<T> query, IReadOnlyList<ListColumn<T>> columns, HttpRequest request,
        string defaultSort, bool defaultDescending = false, CancellationToken ct = default)
    {
        var (sorted, sort, descending) = Sorted(query, columns, request, defaultSort, defaultDescending);
        var total = Async(query) ? await query.CountAsync(ct) : query.Count();
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = int.TryParse(request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= 1 ? Math.Min(p, pages) : 1;
        var slice = sorted.Skip((page - 1) * PageSize).Take(PageSize);
        var rows = Async(query) ? await slice.ToListAsync(ct) : slice.ToList();
        var kept = request.Query.Where(q => !string.Equals(q.Key, "handler", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(q => q.Key, q => (string?)q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new ListView<T>(rows, total, page, PageSize, sort, descending, columns, kept);
    }

    /// <summary>Every matching row (at most <see cref="CsvLimit"/>) in the list's order as a CSV download named <paramref name="name"/>.</summary>
    public static async Task<FileContentResult> CsvAsync<T>(IQueryable<T> query, IReadOnlyList<ListColumn<T>> columns, HttpRequest request,
        string defaultSort, bool defaultDescending, string name, CancellationToken ct = default)
    {
        var (sorted, _, _) = Sorted(query, columns, request, defaultSort, defaultDescending);
        var cut = sorted.Take(CsvLimit + 1);
        var rows = Async(query) ? await cut.ToListAsync(ct) : cut.ToList();
        return Csv(rows, columns, name);
    }

    /// <summary>Rows already in memory (in the order given) as a CSV download.</summary>
    public static FileContentResult Csv<T>(IReadOnlyList<T> rows, IReadOnlyList<ListColumn<T>> columns, string name)
    {
        var exported = columns.Where(c => c.Csv is not null).ToList();
        var table = new List<object?[]> { exported.Select(c => (object?)c.Header).ToArray() };
        table.AddRange(rows.Take(CsvLimit).Select(r => exported.Select(c => c.Csv!(r)).ToArray()));
        if (rows.Count > CsvLimit)
        {
            table.Add([$"Cut at {CsvLimit:N0} rows: narrow the filters for the rest."]);
        }

        return new FileContentResult(System.Text.Encoding.UTF8.GetBytes(SpreadsheetCsv.Write(table)), "text/csv; charset=utf-8") { FileDownloadName = name };
    }

    private static (IQueryable<T> Query, string Sort, bool Descending) Sorted<T>(IQueryable<T> query, IReadOnlyList<ListColumn<T>> columns, HttpRequest request,
        string defaultSort, bool defaultDescending)
    {
        var asked = request.Query["sort"].ToString();
        var column = columns.FirstOrDefault(c => c.Order is not null && string.Equals(c.Key, asked, StringComparison.OrdinalIgnoreCase));
        var descending = column is null ? defaultDescending : string.Equals(request.Query["dir"], "desc", StringComparison.OrdinalIgnoreCase);
        column ??= columns.First(c => c.Key == defaultSort);
        var ordered = column.Order!(query, descending);

        // A stable order for paging: the default column breaks ties.
        if (column.Key != defaultSort)
        {
            var tie = columns.First(c => c.Key == defaultSort).Then!(ordered, defaultDescending);
            return (tie, column.Key!, descending);
        }

        return (ordered, column.Key!, descending);
    }

    private static bool Async<T>(IQueryable<T> query) => query.Provider is IAsyncQueryProvider;
}
