using System.Text;
using Corridor.Catalog;
using Corridor.Import;
using Corridor.Intelligence;
using Corridor.MarketAccess;
using Corridor.Storage;
using Corridor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Tests.Import;

public sealed class ImportTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private Guid _org;
    private string _folder = null!;

    public async Task InitializeAsync()
    {
        _db = TestDatabase.CreateSqlite();
        await Fixtures.MigrateAsync(_db);
        _org = (await Fixtures.OrganisationAsync(_db, "DEMO")).Id;
        _folder = Path.Combine(Path.GetTempPath(), "corridor-tests", "import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    public async Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        await _db.DisposeAsync();
    }

    private async Task<ImportResult> ImportAsync(string path)
    {
        await using var db = Fixtures.Context(_db, _org);
        var runner = new ImportRunner(db, [new MarketImporter(), new ReportedFigureImporter(), new MakerImporter(), new VehicleModelImporter(), new PartImporter()]);
        return await runner.RunAsync(path);
    }

    private async Task<(int Makers, int Models, int Parts, int Markets, int Figures, int Audit)> CountsAsync()
    {
        await using var db = Fixtures.Context(_db, _org);
        return (await db.Makers.CountAsync(), await db.VehicleModels.CountAsync(), await db.Parts.CountAsync(),
            await db.Markets.CountAsync(), await db.ReportedFigures.CountAsync(), await db.AuditLog.CountAsync());
    }

    private string CopyReference(params string[] files)
    {
        foreach (var f in files)
        {
            File.Copy(Path.Combine(Fixtures.ReferenceData, f), Path.Combine(_folder, f));
        }

        return _folder;
    }

    private static int DataRows(string file) => File.ReadAllLines(Path.Combine(Fixtures.ReferenceData, file)).Skip(1).Count(l => l.Length > 0);

    [Fact]
    public async Task Import_ReferenceFolder_LoadsEveryRowOfEveryKnownFile()
    {
        var result = await ImportAsync(Fixtures.ReferenceData);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var counts = await CountsAsync();
        Assert.Equal(DataRows("makers.csv"), counts.Makers);
        Assert.Equal(DataRows("markets.csv"), counts.Markets);
        Assert.Equal(DataRows("parts.csv"), counts.Parts);
        Assert.Equal(DataRows("reported-figures.csv"), counts.Figures);
        Assert.Equal(File.ReadAllLines(Path.Combine(Fixtures.ReferenceData, "vehicle-models.csv")).Length - 1, counts.Models);
        Assert.All(result.Counts, c => Assert.Equal(0, c.Updated));
    }

    [Fact]
    public async Task Import_SameDataTwice_ChangesNothing()
    {
        Assert.True((await ImportAsync(Fixtures.ReferenceData)).Succeeded);
        var before = await CountsAsync();

        var again = await ImportAsync(Fixtures.ReferenceData);

        Assert.True(again.Succeeded);
        Assert.All(again.Counts, c => Assert.Equal((0, 0), (c.Added, c.Updated)));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Import_OneBadRowAmongGood_ImportsNothingAndNamesTheRow()
    {
        var folder = CopyReference("makers.csv", "markets.csv");
        var models = File.ReadAllLines(Path.Combine(Fixtures.ReferenceData, "vehicle-models.csv")).ToList();
        var bad = models[3].Split(',');
        bad[6] = "Euro-9"; // emission_class
        models[3] = string.Join(',', bad);
        await File.WriteAllLinesAsync(Path.Combine(folder, "vehicle-models.csv"), models);
        var before = await CountsAsync();

        var result = await ImportAsync(folder);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("vehicle-models.csv", 4, "emission_class"), (error.File, error.Line, error.Field));
        Assert.StartsWith("vehicle-models.csv:4: emission_class: 'Euro-9'", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Import_UnknownMakerReference_IsAnError()
    {
        var folder = CopyReference("markets.csv");
        await File.WriteAllTextAsync(Path.Combine(folder, "vehicle-models.csv"),
            "maker,code,name,category,engine_cc,fuel,emission_class,kerb_weight_kg,hs_code,list_price,currency,source,assumption\n" +
            "NOPE,X1,X one,M1,1600,petrol,Euro-4,1200,8703.23,,,assumption,made up for a test\n");

        var result = await ImportAsync(folder);

        Assert.Contains(result.Errors, e => e.Line == 2 && e.Field == "maker" && e.Message.Contains("NOPE", StringComparison.Ordinal));
        Assert.Equal(0, (await CountsAsync()).Markets);
    }

    [Fact]
    public async Task Import_TruncatedFile_NamesTheLastLineAndWritesNothing()
    {
        var folder = CopyReference("makers.csv");
        var text = await File.ReadAllTextAsync(Path.Combine(Fixtures.ReferenceData, "parts.csv"));
        var cut = text[..(text.Length * 2 / 3)];
        cut = cut[..cut.LastIndexOf(',')];
        await File.WriteAllTextAsync(Path.Combine(folder, "parts.csv"), cut);
        var lastLine = cut.Split('\n').Length;

        var result = await ImportAsync(folder);

        Assert.Contains(result.Errors, e => e.File == "parts.csv" && e.Line == lastLine && e.Message.Contains("truncated", StringComparison.Ordinal));
        Assert.Equal(0, (await CountsAsync()).Makers);
    }

    [Fact]
    public async Task Import_WrongEncoding_SaysSoAndWritesNothing()
    {
        var latin1 = Encoding.Latin1.GetBytes("code,name,country,source,assumption\nRENAULT,Société Générale Automobile,FR,assumption,test\n");
        await File.WriteAllBytesAsync(Path.Combine(_folder, "makers.csv"), latin1);

        var result = await ImportAsync(_folder);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("makers.csv", "encoding"), (error.File, error.Field));
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await CountsAsync()).Makers);
    }

    [Fact]
    public async Task Import_DuplicateKeys_NamesBothLines()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "markets.csv"),
            "iso2,name,currency,customs_union,source,assumption\nRU,Russia,RUB,EAEU,assumption,x\nBY,Belarus,BYN,EAEU,assumption,x\nru,Russia again,RUB,,assumption,x\n");

        var result = await ImportAsync(_folder);

        var error = Assert.Single(result.Errors);
        Assert.Equal((4, "iso2"), (error.Line, error.Field));
        Assert.Contains("first on line 2", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await CountsAsync()).Markets);
    }

    [Fact]
    public async Task Import_WrongHeader_SaysWhatWasExpected()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "makers.csv"), "code,name,source\nIKCO,Iran Khodro,x\n");

        var error = Assert.Single((await ImportAsync(_folder)).Errors);

        Assert.Equal((1, "header"), (error.Line, error.Field));
        Assert.Contains("expected code,name,country,source,assumption", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_EveryBadRow_IsReportedNotOnlyTheFirst()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "markets.csv"),
            "iso2,name,currency,customs_union,source,assumption\nRUS,Russia,RUB,EAEU,assumption,x\nBY,Belarus,XXX,EAEU,assumption,x\nKZ,,KZT,EAEU,,x\n");

        var errors = (await ImportAsync(_folder)).Errors.Select(e => (e.Line, e.Field)).ToList();

        Assert.Equal([(2, "iso2"), (3, "currency"), (4, "name"), (4, "source")], errors);
    }

    [Fact]
    public async Task Import_ChangedRow_IsUpdatedInPlaceAndAudited()
    {
        Assert.True((await ImportAsync(Fixtures.ReferenceData)).Succeeded);
        var lines = File.ReadAllLines(Path.Combine(Fixtures.ReferenceData, "markets.csv"));
        var header = lines[0];
        var ru = lines.Single(l => l.StartsWith("RU,", StringComparison.Ordinal)).Replace("Russia", "Russian Federation", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(Path.Combine(_folder, "markets.csv"), [header, ru]);

        var result = await ImportAsync(_folder);

        Assert.Equal(new ImportCounts("markets.csv", 0, 1, 0), Assert.Single(result.Counts));
        await using var db = Fixtures.Context(_db, _org);
        Assert.StartsWith("Russian Federation", (await db.Markets.SingleAsync(m => m.Iso2 == "RU")).Name, StringComparison.Ordinal);
        Assert.True(await db.AuditLog.AnyAsync(a => a.EntityType == nameof(Market) && a.EntityKey == "RU" && a.Action == "modified"));
    }

    [Fact]
    public async Task Export_ThenImportIntoFreshDatabase_ReproducesTheData()
    {
        Assert.True((await ImportAsync(Fixtures.ReferenceData)).Succeeded);
        await using (var db = Fixtures.Context(_db, _org))
        {
            foreach (var exporter in new IDatasetExporter[] { new MarketImporter(), new ReportedFigureImporter(), new MakerImporter(), new VehicleModelImporter(), new PartImporter() })
            {
                await using var writer = new StreamWriter(Path.Combine(_folder, exporter.FileName), false, new UTF8Encoding(false));
                await exporter.ExportAsync(db, writer, CancellationToken.None);
            }
        }

        var again = await ImportAsync(_folder);

        Assert.True(again.Succeeded, string.Join("\n", again.Errors));
        Assert.All(again.Counts, c => Assert.Equal((0, 0), (c.Added, c.Updated)));
    }
}
