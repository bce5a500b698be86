using System.Net;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Corridor.Web;

/// <summary>
/// A form's refusals, each next to the field it names. Services report errors as <c>field: message</c> (the CSV column
/// or JSON name, <c>expires_on</c> or <c>expiresOn</c>); a page renders <see cref="For"/> under the input of that name,
/// and <see cref="General"/> (errors that name no field of the form) above the form. Field names are compared without
/// case, underscores or hyphens, so <c>expires_on</c>, <c>expiresOn</c> and <c>expires-on</c> are one field.
/// Forms bound to an input model (<c>asp-for</c>, <c>asp-validation-for</c>) take the same errors into their ModelState
/// with <see cref="AddTo(ModelStateDictionary, string, IReadOnlyDictionary{string, string[]}, IReadOnlySet{string})"/>:
/// one helper, one rule for reading <c>field: message</c> (the web app's only field-error helper; it replaced FormErrors).
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _byField = [];
    private readonly List<string> _general = [];

    public bool Any => _byField.Count > 0 || _general.Count > 0;

    /// <summary>Errors that name no field of the form.</summary>
    public IReadOnlyList<string> General => _general;

    public void Add(string field, string message)
    {
        var key = Key(field);
        if (!_byField.TryGetValue(key, out var list))
        {
            _byField[key] = list = [];
        }

        list.Add(message);
    }

    public void AddGeneral(string message) => _general.Add(message);

    /// <summary>
    /// Adds <c>field: message</c> errors against the fields the form has (<paramref name="fields"/>); any other error goes
    /// against <paramref name="fallback"/> when given, else to <see cref="General"/>.
    /// </summary>
    public void AddAll(IEnumerable<string> errors, IReadOnlyCollection<string> fields, string? fallback = null)
    {
        var known = fields.Select(Key).ToHashSet(StringComparer.Ordinal);
        foreach (var error in errors)
        {
            var (field, message) = Split(error);
            if (field is not null && known.Contains(Key(field)))
            {
                Add(field, message);
            }
            else if (fallback is not null)
            {
                Add(fallback, error);
            }
            else
            {
                AddGeneral(error);
            }
        }
    }

    public bool Has(string field) => _byField.ContainsKey(Key(field));

    public IReadOnlyList<string> Of(string field) => _byField.TryGetValue(Key(field), out var list) ? list : [];

    /// <summary>The errors of one field as a <c>span.field-error</c> (id <c>{id}-error</c>, for the input's <c>aria-describedby</c>); nothing when it has none.</summary>
    public IHtmlContent For(string field, string? id = null)
    {
        var list = Of(field);
        if (list.Count == 0)
        {
            return HtmlString.Empty;
        }

        var text = WebUtility.HtmlEncode(string.Join("; ", list));
        var idAttribute = id is null ? "" : $" id=\"{WebUtility.HtmlEncode(id)}-error\"";
        return new HtmlString($"<span class=\"field-error\" role=\"alert\" data-field=\"{WebUtility.HtmlEncode(Key(field))}\"{idAttribute}>{text}</span>");
    }

    /// <summary>Splits a domain <see cref="ArgumentException"/> into its field (parameter name) and message.</summary>
    public void Add(ArgumentException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        Add(ex.ParamName ?? "", ex.Message.Split(" (Parameter")[0]);
    }

    /// <summary>An ISO date (<c>yyyy-MM-dd</c>, as date inputs send it) from a form field; an error against the field when it is missing (and required) or not a date.</summary>
    public DateOnly? Date(string? text, string field, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                Add(field, "give a date (YYYY-MM-DD)");
            }

            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            && day.Year is >= 1900 and <= 2199)
        {
            return day;
        }

        Add(field, $"'{text.Trim()}' is not a date between 1900-01-01 and 2199-12-31 (YYYY-MM-DD)");
        return null;
    }

    /// <summary>A decimal number from a form field (invariant culture: a point before the decimals); an error against the field when missing (and required) or not a number.</summary>
    public decimal? Number(string? text, string field, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                Add(field, "give a number");
            }

            return null;
        }

        if (decimal.TryParse(text.Trim(), System.Globalization.NumberStyles.Number & ~System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && Math.Abs(value) < 1_000_000_000_000m)
        {
            return value;
        }

        Add(field, $"'{text.Trim()}' is not a number (use a point before the decimals)");
        return null;
    }

    public static string Key(string field) =>
        field.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();

    /// <summary>A <c>field: message</c> error as its field (null when the text before the colon is not one word) and message.</summary>
    public static (string? Field, string Message) Split(string error)
    {
        var colon = error.IndexOf(':', StringComparison.Ordinal);
        var field = colon > 0 ? error[..colon].Trim() : "";
        return field.Length > 0 && !field.Contains(' ', StringComparison.Ordinal) ? (field, error[(colon + 1)..].Trim()) : (null, error);
    }

    /// <summary>"field: message" strings (the services' errors) as messages by field; errors naming no field under "body".</summary>
    public static IReadOnlyDictionary<string, string[]> FromLines(IEnumerable<string> errors) =>
        errors.Select(Split).GroupBy(p => p.Field ?? "body").ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());

    /// <summary>
    /// A use case's refusal on a form bound as <c>Prefix.Field</c>: errors keyed by the input's camelCase field (as the API
    /// reports them) go to that field's ModelState entry, so the page shows each next to its field; an error of no known
    /// field goes to the form's summary.
    /// </summary>
    public static void AddTo(ModelStateDictionary state, string prefix, IReadOnlyDictionary<string, string[]> errors, IReadOnlySet<string> fields)
    {
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                AddTo(state, prefix, field, message, fields);
            }
        }
    }

    /// <param name="fields">The form's fields by their camelCase names; any other key is reported in the summary.</param>
    public static void AddTo(ModelStateDictionary state, string prefix, string field, string message, IReadOnlySet<string> fields)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(fields);
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
        AddTo(state, prefix, errors.ToDictionary(e => e.Key, e => e.Value.ToArray()), fields);
        return errors.Count == 0;
    }

    private static string Sentence(string message) =>
        message.Length == 0 ? message : char.ToUpperInvariant(message[0]) + message[1..];
}
