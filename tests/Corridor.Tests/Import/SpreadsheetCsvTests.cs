using System.Globalization;
using Corridor.Import;
using CsvHelper;

namespace Corridor.Tests.Import;

/// <summary>CSV meant for spreadsheets: RFC 4180 quoting, CRLF, and no cell that a spreadsheet would run as a formula.</summary>
public sealed class SpreadsheetCsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"click\")")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\tTAB")]
    public void TextCell_ThatLooksLikeAFormula_IsWrittenAsText(string name)
    {
        var csv = SpreadsheetCsv.Write([["name", "units"], [name, 5]]);

        var cells = Read(csv)[1];
        Assert.Equal("'" + name, cells[0]);
        Assert.Equal("5", cells[1]);
    }

    [Fact]
    public void Numbers_Commas_QuotesAndLineBreaks_SurviveAsWritten()
    {
        object?[] row = [-0.125m, -3, "Saipa, Tehran", "the \"Shahin\"", "line one\nline two", new DateOnly(2026, 12, 7), null, 1.5];
        var csv = SpreadsheetCsv.Write([["a", "b", "c", "d", "e", "f", "g", "h"], row]);

        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
        Assert.Equal(["-0.125", "-3", "Saipa, Tehran", "the \"Shahin\"", "line one\nline two", "2026-12-07", "", "1.5"], Read(csv)[1]);
    }

    private static List<string[]> Read(string csv)
    {
        using var reader = new CsvReader(new StringReader(csv), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.Parser.Count).Select(i => reader.GetField(i)!).ToArray());
        }

        return rows;
    }
}
