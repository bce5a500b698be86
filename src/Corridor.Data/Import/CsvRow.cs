using System.Globalization;
using Corridor.Common;

namespace Corridor.Import;

/// <summary>
/// One data row of a <see cref="CsvTable"/>. The typed getters record an <see cref="ImportError"/> naming
/// the file, line and column when a value is missing or malformed, and return a default, so one pass
/// reports every problem of the row.
/// </summary>
public sealed class CsvRow(string file, int line, string[] fields, IReadOnlyDictionary<string, int> index, ICollection<ImportError> errors)
{
    private int _errorsBefore = errors.Count;

    public string File { get; } = file;

    public int Line { get; } = line;

    /// <summary>True when no getter has reported an error for this row since it was read (or since <see cref="ResetErrors"/>).</summary>
    public bool IsValid => errors.Count == _errorsBefore;

    public void ResetErrors() => _errorsBefore = errors.Count;

    public void Error(string field, string message) => errors.Add(new ImportError(File, Line, field, message));

    public string? Optional(string column)
    {
        var v = fields[index[column]].Trim();
        return v.Length == 0 ? null : v;
    }

    public string Required(string column)
    {
        var v = Optional(column);
        if (v is null)
        {
            Error(column, "is required");
            return "";
        }

        return v;
    }

    public decimal? OptionalDecimal(string column, bool allowNegative = false)
    {
        var v = Optional(column);
        if (v is null)
        {
            return null;
        }

        if (!decimal.TryParse(v, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
        {
            Error(column, $"'{v}' is not a number (use '.' as the decimal point, no thousands separators)");
            return null;
        }

        if (!allowNegative && d < 0)
        {
            Error(column, $"must not be negative (was {v})");
            return null;
        }

        return d;
    }

    public decimal RequiredDecimal(string column, bool allowNegative = false)
    {
        if (Optional(column) is null)
        {
            Error(column, "is required");
            return 0;
        }

        return OptionalDecimal(column, allowNegative) ?? 0;
    }

    public int? OptionalInt(string column, bool allowNegative = false)
    {
        var v = Optional(column);
        if (v is null)
        {
            return null;
        }

        if (!int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            Error(column, $"'{v}' is not a whole number");
            return null;
        }

        if (!allowNegative && n < 0)
        {
            Error(column, $"must not be negative (was {v})");
            return null;
        }

        return n;
    }

    public int RequiredInt(string column, bool allowNegative = false)
    {
        if (Optional(column) is null)
        {
            Error(column, "is required");
            return 0;
        }

        return OptionalInt(column, allowNegative) ?? 0;
    }

    public DateOnly? OptionalDate(string column)
    {
        var v = Optional(column);
        if (v is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            Error(column, $"'{v}' is not a date in the form YYYY-MM-DD");
            return null;
        }

        return d;
    }

    public DateOnly RequiredDate(string column)
    {
        if (Optional(column) is null)
        {
            Error(column, "is required");
            return default;
        }

        return OptionalDate(column) ?? default;
    }

    public bool? OptionalBool(string column)
    {
        var v = Optional(column);
        switch (v?.ToLowerInvariant())
        {
            case null:
                return null;
            case "true" or "yes" or "1":
                return true;
            case "false" or "no" or "0":
                return false;
            default:
                Error(column, $"'{v}' is not true or false");
                return null;
        }
    }

    public T? OptionalEnum<T>(string column)
        where T : struct, Enum
    {
        var v = Optional(column);
        if (v is null)
        {
            return null;
        }

        var normalised = v.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        if (Enum.TryParse<T>(normalised, ignoreCase: true, out var e) && Enum.IsDefined(e))
        {
            return e;
        }

        Error(column, $"'{v}' is not one of {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}");
        return null;
    }

    public T RequiredEnum<T>(string column)
        where T : struct, Enum
    {
        if (Optional(column) is null)
        {
            Error(column, "is required");
            return default;
        }

        return OptionalEnum<T>(column) ?? default;
    }

    public CountryCode RequiredCountry(string column)
    {
        var v = Required(column);
        if (v.Length == 0)
        {
            return default;
        }

        if (!CountryCode.TryParse(v, out var c))
        {
            Error(column, $"'{v}' is not an ISO 3166-1 alpha-2 country code");
        }

        return c;
    }

    public Currency? OptionalCurrency(string column)
    {
        var v = Optional(column);
        if (v is null)
        {
            return null;
        }

        if (!Currency.TryParse(v, out var c))
        {
            Error(column, $"'{v}' is not a known ISO 4217 currency code");
            return null;
        }

        return c;
    }

    public Currency RequiredCurrency(string column)
    {
        if (Optional(column) is null)
        {
            Error(column, "is required");
            return default;
        }

        return OptionalCurrency(column) ?? default;
    }

    /// <summary>Runs a domain constructor; an <see cref="ArgumentException"/> it throws becomes an error on the named field.</summary>
    public T? Build<T>(Func<T> create)
        where T : class
    {
        if (!IsValid)
        {
            return null;
        }

        try
        {
            return create();
        }
        catch (ArgumentException ex)
        {
            Error(ex.ParamName ?? "record", ex.Message.Split(" (Parameter")[0]);
            return null;
        }
        catch (FormatException ex)
        {
            Error("record", ex.Message);
            return null;
        }
    }
}
