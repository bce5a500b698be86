// Writes the Korean and Japanese readings of Han characters that the matcher embeds
// (src/Corridor.Domain/Compliance/HanReadings.tsv) from the Unicode Consortium's Unihan database.
//
//   bzcat /usr/share/unicode/Unihan_Readings.txt.bz2 | dotnet run scripts/han-readings.cs -- - src/Corridor.Domain/Compliance/HanReadings.tsv
//   dotnet run scripts/han-readings.cs -- Unihan.zip src/Corridor.Domain/Compliance/HanReadings.tsv
//
// The input is Unihan_Readings.txt (a path, "-" for standard input, or the Unihan.zip the Consortium publishes). Only
// three fields are kept, and only for characters that have one of them: kHangul (the Korean readings, without their
// source flags), kJapaneseKun and kJapaneseOn (lower-cased). See docs/decisions/012-han-readings.md.
using System.Globalization;
using System.IO.Compression;
using System.Text;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: han-readings.cs UNIHAN_READINGS(.txt|.zip|-) OUTPUT.tsv");
    return 2;
}

using var reader = Open(args[0]);
var readings = new SortedDictionary<int, string[]>();
string? version = null;
string? date = null;
while (reader.ReadLine() is { } line)
{
    if (line.StartsWith("# Unicode version:", StringComparison.Ordinal))
    {
        version = line["# Unicode version:".Length..].Trim();
    }
    else if (line.StartsWith("# Date:", StringComparison.Ordinal))
    {
        date = line["# Date:".Length..].Trim();
    }

    if (line.Length == 0 || line[0] == '#')
    {
        continue;
    }

    var f = line.Split('\t');
    var field = f[1] switch { "kHangul" => 0, "kJapaneseKun" => 1, "kJapaneseOn" => 2, _ => -1 };
    if (field < 0)
    {
        continue;
    }

    var code = int.Parse(f[0].AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
    if (!readings.TryGetValue(code, out var row))
    {
        readings[code] = row = ["", "", ""];
    }

    // kHangul values carry their sources after a colon (김:0N); the readings alone are kept
    var values = f[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(v => field == 0 ? v.Split(':')[0] : v.ToLowerInvariant())
        .Distinct(StringComparer.Ordinal);
    row[field] = string.Join(' ', values);
}

if (version is null)
{
    Console.Error.WriteLine("not a Unihan_Readings.txt: no '# Unicode version:' line");
    return 1;
}

var output = new StringBuilder();
output.Append("# Korean and Japanese readings of Han characters, derived from Unihan_Readings.txt of the Unicode Character Database ")
    .Append(version).Append(" (").Append(date).Append(") by scripts/han-readings.cs.\n")
    .Append("# Copyright (c) Unicode, Inc.; used under the Unicode licence for data files (https://www.unicode.org/license.txt).\n")
    .Append("# character<TAB>kHangul<TAB>kJapaneseKun<TAB>kJapaneseOn (space-separated; kHangul without source flags, Japanese lower-cased)\n");
foreach (var (code, row) in readings)
{
    output.Append(char.ConvertFromUtf32(code)).Append('\t').Append(row[0]).Append('\t').Append(row[1]).Append('\t').Append(row[2]).Append('\n');
}

File.WriteAllText(args[1], output.ToString(), new UTF8Encoding(false));
Console.WriteLine($"{readings.Count} characters, {new FileInfo(args[1]).Length:N0} bytes, Unicode {version}");
return 0;

static TextReader Open(string path)
{
    if (path == "-")
    {
        return new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
    }

    if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
    {
        var zip = ZipFile.OpenRead(path);
        var entry = zip.GetEntry("Unihan_Readings.txt") ?? throw new FileNotFoundException("Unihan_Readings.txt not in " + path);
        return new StreamReader(entry.Open(), Encoding.UTF8);
    }

    return new StreamReader(path, Encoding.UTF8);
}
