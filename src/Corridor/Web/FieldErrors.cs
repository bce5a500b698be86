using System.Net;
using Microsoft.AspNetCore.Html;

namespace Corridor.Web;

/// <summary>
/// A form's refusals, each next to the field it names. Services report errors as <c>field: message</c> (the CSV column
/// or JSON name, <c>expires_on</c> or <c>expiresOn</c>); a page renders <see cref="For"/> under the input of that name,
/// and <see cref="General"/> (errors that name no field of the form) above the form. Field names are compared without
/// case, underscores or hyphens, so <c>expires_on</c>, <c>expiresOn</c> and <c>expires-on</c> are one field.
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
            var colon = error.IndexOf(':', StringComparison.Ordinal);
            var field = colon > 0 ? error[..colon].Trim() : "";
            if (field.Length > 0 && !field.Contains(' ', StringComparison.Ordinal) && known.Contains(Key(field)))
            {
                Add(field, error[(colon + 1)..].Trim());
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
}
