using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Corridor.Web;

/// <summary>
/// A use case's refusal on a page: errors keyed by the input's camelCase field (as the API reports them) go to the form
/// field bound as <c>Prefix.Field</c>, so that the page shows each next to its field; an error of no known field goes to
/// the form's summary.
/// </summary>
public static class FormErrors
{
    public static void Add(ModelStateDictionary state, string prefix, IReadOnlyDictionary<string, string[]> errors, IReadOnlySet<string> fields)
    {
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                Add(state, prefix, field, message, fields);
            }
        }
    }

    /// <param name="fields">The form's fields by their camelCase names; any other key is reported in the summary.</param>
    public static void Add(ModelStateDictionary state, string prefix, string field, string message, IReadOnlySet<string> fields)
    {
        var known = fields.Contains(field);
        state.AddModelError(known ? $"{prefix}.{char.ToUpperInvariant(field[0])}{field[1..]}" : "", known ? Sentence(message) : $"{field}: {message}");
    }

    /// <summary>
    /// Holds a form's input to the ranges the API holds its body to (<see cref="RequestBounds"/>: text lengths, control
    /// characters, assigned country codes, dates), so that a page accepts nothing the API would refuse; true when all are in range.
    /// </summary>
    public static bool CheckBounds(ModelStateDictionary state, string prefix, object input, IReadOnlySet<string> fields)
    {
        var errors = new Dictionary<string, List<string>>();
        RequestBounds.Check(input, "", inBody: true, errors);
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                Add(state, prefix, field, message, fields);
            }
        }

        return errors.Count == 0;
    }

    /// <summary>"field: message" strings (the compliance services' errors) as (field, message) pairs.</summary>
    public static IReadOnlyDictionary<string, string[]> FromLines(IEnumerable<string> errors) =>
        errors.Select(e => e.Split(':', 2)).GroupBy(p => p.Length == 2 && !p[0].Contains(' ', StringComparison.Ordinal) ? p[0].Trim() : "body")
            .ToDictionary(g => g.Key, g => g.Select(p => p.Length == 2 && !p[0].Contains(' ', StringComparison.Ordinal) ? p[1].Trim() : string.Join(':', p)).ToArray());

    private static string Sentence(string message) =>
        message.Length == 0 ? message : char.ToUpperInvariant(message[0]) + message[1..];
}
