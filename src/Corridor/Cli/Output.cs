using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;
using Spectre.Console;

namespace Corridor.Cli;

/// <summary>Prints rows as a table (Spectre.Console), JSON (an array of objects keyed by column) or CSV (CsvHelper).</summary>
public static class Output
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public sealed record Column<T>(string Name, Func<T, object?> Value);

    public static Column<T> Col<T>(string name, Func<T, object?> value) => new(name, value);

    public static void Write<T>(OutputFormat format, IEnumerable<T> rows, params Column<T>[] columns) =>
        Write(format, Console.Out, rows, columns);

    public static void Write<T>(OutputFormat format, TextWriter writer, IEnumerable<T> rows, params Column<T>[] columns)
    {
        switch (format)
        {
            case OutputFormat.Json:
                var objects = rows.Select(r => columns.ToDictionary(c => c.Name, c => c.Value(r))).ToList();
                writer.WriteLine(JsonSerializer.Serialize(objects, Json));
                break;
            case OutputFormat.Csv:
                using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true))
                {
                    foreach (var c in columns)
                    {
                        csv.WriteField(c.Name);
                    }

                    csv.NextRecord();
                    foreach (var r in rows)
                    {
                        foreach (var c in columns)
                        {
                            csv.WriteField(Text(c.Value(r)));
                        }

                        csv.NextRecord();
                    }
                }

                break;
            default:
                var table = new Table().Border(TableBorder.Rounded);
                foreach (var c in columns)
                {
                    table.AddColumn(new TableColumn(Markup.Escape(c.Name)));
                }

                foreach (var r in rows)
                {
                    table.AddRow(columns.Select(c => Markup.Escape(Text(c.Value(r)))).ToArray());
                }

                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
                console.Write(table);
                break;
        }
    }

    /// <summary>Writes one object as JSON (snake_case names).</summary>
    public static void WriteJson(object value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Json));

    public static void Error(string message) => Console.Error.WriteLine($"error: {message}");

    private static string Text(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
