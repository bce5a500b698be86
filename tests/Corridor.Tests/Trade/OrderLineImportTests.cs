using Corridor.Catalog;
using Corridor.Import;
using Corridor.Intelligence;
using Corridor.MarketAccess;
using Corridor.Storage;
using Corridor.Tests.Support;
using Corridor.Trade;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Tests.Trade;

/// <summary>The streamed bulk import of order lines, on each provider.</summary>
public abstract class OrderLineImportTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Header = "order_number,line,order_date,buyer,market,item_kind,item_code,quantity,unit_price,currency,requested_date";

    private TestDatabase _db = null!;
    private Guid _org;
    private Guid _other;
    private string _folder = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(provider);
        await Fixtures.MigrateAsync(_db);
        _org = (await Fixtures.OrganisationAsync(_db, "DEMO")).Id;
        _other = (await Fixtures.OrganisationAsync(_db, "OTHER")).Id;
        _folder = Path.Combine(Path.GetTempPath(), "corridor-tests", "lines-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        Assert.True((await ImportAsync(Fixtures.ReferenceData, _org)).Succeeded);
        Assert.True((await ImportAsync(Fixtures.ReferenceData, _other)).Succeeded);
    }

    public async Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        await _db.DisposeAsync();
    }

    private async Task<ImportResult> ImportAsync(string path, Guid org)
    {
        await using var db = Fixtures.Context(_db, org);
        var runner = new ImportRunner(db, [new MarketImporter(), new ReportedFigureImporter(), new MakerImporter(), new VehicleModelImporter(), new PartImporter(), new RecordedOrderLineImporter()]);
        return await runner.RunAsync(path);
    }

    private async Task<string> WriteAsync(params string[] rows)
    {
        var path = Path.Combine(_folder, "order-lines.csv");
        await File.WriteAllLinesAsync(path, [Header, .. rows]);
        return path;
    }

    private async Task<List<RecordedOrderLine>> LinesAsync(Guid org)
    {
        await using var db = Fixtures.Context(_db, org);
        return await db.RecordedOrderLines.AsNoTracking().OrderBy(l => l.OrderNumber).ThenBy(l => l.LineNo).ToListAsync();
    }

    [Fact]
    public async Task Import_GoodLines_AreStoredExactly()
    {
        var path = await WriteAsync(
            "SO-1,1,2023-02-01,Avtotor,RU,model,SAMAND,500,13000.50,USD,2023-03-01",
            "SO-1,2,2023-02-01,Avtotor,RU,part,IKCO-RAD-001,1200,41.125,USD,",
            "SO-2,1,2023-05-10,Minsk Motors,BY,model,SHAHIN,45,14999.999999,USD,2023-06-30");

        var result = await ImportAsync(path, _org);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(new ImportCounts("order-lines.csv", 3, 0, 0), Assert.Single(result.Counts));
        var lines = await LinesAsync(_org);
        Assert.Equal([13000.50m, 41.125m, 14999.999999m], lines.Select(l => l.UnitPrice));
        Assert.Equal([500, 1200, 45], lines.Select(l => l.Quantity));
        Assert.Equal([new DateOnly(2023, 3, 1), null, new DateOnly(2023, 6, 30)], lines.Select(l => l.RequestedDate));
        Assert.Equal(OrderItemKind.Part, lines[1].ItemKind);
        Assert.Empty(await LinesAsync(_other));
    }

    [Fact]
    public async Task Import_SameFileTwice_ThenChangedLine_CountsUnchangedAndUpdated()
    {
        var path = await WriteAsync("SO-1,1,2023-02-01,Avtotor,RU,model,SAMAND,500,13000,USD,", "SO-1,2,2023-02-01,Avtotor,RU,model,RUNNA,100,13000,USD,");
        Assert.True((await ImportAsync(path, _org)).Succeeded);

        var again = await ImportAsync(path, _org);
        Assert.Equal(new ImportCounts("order-lines.csv", 0, 0, 2), Assert.Single(again.Counts));

        path = await WriteAsync("SO-1,1,2023-02-01,Avtotor,RU,model,SAMAND,450,13000,USD,", "SO-1,2,2023-02-01,Avtotor,RU,model,RUNNA,100,13000,USD,", "SO-3,1,2023-02-02,Avtotor,RU,model,RUNNA,1,13000,USD,");
        var changed = await ImportAsync(path, _org);
        Assert.Equal(new ImportCounts("order-lines.csv", 1, 1, 1), Assert.Single(changed.Counts));
        Assert.Equal(450, (await LinesAsync(_org)).First().Quantity);
    }

    [Fact]
    public async Task Import_BadRowsAmongGood_ImportNothingAndNameEachRow()
    {
        var path = await WriteAsync(
            "SO-1,1,2023-02-01,Avtotor,RU,model,SAMAND,500,13000,USD,",
            "SO-1,2,2023-02-31,Avtotor,RU,model,SAMAND,500,13000,USD,",
            "SO-1,3,2023-02-01,Avtotor,XX,model,SAMAND,500,13000,USD,",
            "SO-1,4,2023-02-01,Avtotor,RU,model,NO-SUCH-MODEL,500,13000,USD,",
            "SO-1,1,2023-02-01,Avtotor,RU,model,RUNNA,5,13000,USD,",
            "SO-1,6,2023-02-01,Avtotor,RU,model,SAMAND,-3,13000,USD,",
            "SO-1,7,2023-02-01,Avtotor,RU,model,SAMAND,3,13000,USD,2023-01-01");

        var result = await ImportAsync(path, _org);

        Assert.Equal(
            [(3, "order_date"), (4, "market"), (5, "item_code"), (6, "line"), (7, "quantity"), (8, "requested_date")],
            result.Errors.Select(e => (e.Line, e.Field)));
        Assert.Contains("first on line 2", result.Errors.Single(e => e.Field == "line").Message, StringComparison.Ordinal);
        Assert.Empty(await LinesAsync(_org));
    }

    [Fact]
    public async Task Import_OneOrganisationsLines_DoNotTouchAnothersSameKeys()
    {
        var path = await WriteAsync("SO-1,1,2023-02-01,Avtotor,RU,model,SAMAND,500,13000,USD,");
        Assert.True((await ImportAsync(path, _other)).Succeeded);
        path = await WriteAsync("SO-1,1,2023-02-01,Avtotor,RU,model,SAMAND,7,13000,USD,");

        var result = await ImportAsync(path, _org);

        Assert.Equal(new ImportCounts("order-lines.csv", 1, 0, 0), Assert.Single(result.Counts));
        Assert.Equal(500, Assert.Single(await LinesAsync(_other)).Quantity);
        Assert.Equal(7, Assert.Single(await LinesAsync(_org)).Quantity);
    }
}

public sealed class SqliteOrderLineImportTests() : OrderLineImportTests(DatabaseProvider.Sqlite);

public sealed class PostgresOrderLineImportTests() : OrderLineImportTests(DatabaseProvider.Postgres);
