using System.Text;

namespace Corridor.Tests.Intelligence;

/// <summary>Reads the CSV files of the intelligence tests (quoted fields, doubled quotes) here, not with the importer under test.</summary>
internal static class TestCsv
{
    /// <summary>The data rows of <paramref name="path"/> (the header skipped), each split into its fields.</summary>
    public static IEnumerable<string[]> Rows(string path) => File.ReadLines(path).Skip(1).Select(Split);

    public static string[] Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (ch == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
            else if (ch == '"') { quoted = !quoted; }
            else if (ch == ',' && !quoted) { cells.Add(cell.ToString()); cell.Clear(); }
            else { cell.Append(ch); }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }
}
