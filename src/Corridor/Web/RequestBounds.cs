using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Corridor.Web;

/// <summary>
/// The range of every input field of /api, in one place: each query, route and body value an endpoint binds is checked
/// here before the endpoint runs (see <see cref="ApiContract"/>), so that no value reaches the domain or the database
/// that either cannot handle, and SQLite and PostgreSQL give the same answer. A refusal is a 400 validation problem
/// keyed by the field as the client wrote it (<c>reference</c>, <c>demands[0].week</c>). docs/api.md lists the ranges.
/// </summary>
public static class RequestBounds
{
    /// <summary>Dates (and the day of a timestamp) lie in [<see cref="EarliestDate"/>, <see cref="LatestDate"/>].</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    public static readonly DateOnly LatestDate = new(2199, 12, 31);

    /// <summary>Longest text of a query or route value; body texts are held to their column by the storage layer.</summary>
    public const int MaxQueryText = 1_000;

    /// <summary>Longest text of a body value (a column holds at most 400 by default; longer notes have their own).</summary>
    public const int MaxBodyText = 100_000;

    /// <summary>Largest magnitude of a decimal or floating-point value: fits numeric(20,4), the narrowest money column, with room for a quantity times a price.</summary>
    public const decimal MaxNumber = 1e15m;

    /// <summary>Integers by name; any other integer lies in [-<see cref="DefaultIntLimit"/>, <see cref="DefaultIntLimit"/>].</summary>
    public static readonly IReadOnlyDictionary<string, (long Min, long Max)> IntRanges = new Dictionary<string, (long, long)>(StringComparer.OrdinalIgnoreCase)
    {
        ["days"] = (1, 3_650),
        ["warningDays"] = (0, 3_650),
        ["expiresInDays"] = (1, 3_650),
        ["vehicles"] = (1, 100_000),
        ["weeks"] = (1, 520),
        ["maxOptions"] = (1, 50),
        ["routesPerPair"] = (1, 20),
        ["maxTransshipments"] = (0, 20),
        ["limit"] = (1, 10_000),
        ["rank"] = (1, 50),
    };

    public const long DefaultIntLimit = 1_000_000;

    /// <summary>Fields that hold an ISO 3166-1 alpha-2 code (a country, or a market, which is a country): the code must be assigned.</summary>
    public static readonly IReadOnlySet<string> CountryFields = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "country", "countries", "market", "markets", "iso2", "avoidCountry", "avoidCountries",
    };

    // ISO 3166-1 alpha-2, the 249 officially assigned codes.
    private static readonly HashSet<string> AssignedCountries = new(
        ("AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG " +
        "CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL " +
        "GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA " +
        "LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP " +
        "NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV " +
        "SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW").Split(' '),
        StringComparer.OrdinalIgnoreCase);

    private const int MaxDepth = 6;

    /// <summary>Why <paramref name="date"/> is refused, or null when it lies in the window; for dates an endpoint parses itself.</summary>
    public static string? DateError(DateOnly date) =>
        date < EarliestDate || date > LatestDate ? $"{date:yyyy-MM-dd} is outside {EarliestDate:yyyy-MM-dd} to {LatestDate:yyyy-MM-dd}" : null;

    public static bool IsAssignedCountry(string code) => AssignedCountries.Contains(code.Trim());

    /// <summary>Adds to <paramref name="errors"/> every field of <paramref name="value"/> (a bound argument named <paramref name="field"/>) that is out of range.</summary>
    public static void Check(object? value, string field, bool inBody, Dictionary<string, List<string>> errors, int depth = 0)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                CheckText(text, field, inBody ? MaxBodyText : MaxQueryText, errors);
                return;
            case DateOnly date when DateError(date) is { } error:
                Add(errors, field, error);
                return;
            case DateTimeOffset at when DateOnly.FromDateTime(at.UtcDateTime) is var day && (day < EarliestDate || day > LatestDate):
                Add(errors, field, $"{at:O} is outside {EarliestDate:yyyy-MM-dd} to {LatestDate:yyyy-MM-dd}");
                return;
            case DateTime at when DateOnly.FromDateTime(at) is var day && (day < EarliestDate || day > LatestDate):
                Add(errors, field, $"{at:O} is outside {EarliestDate:yyyy-MM-dd} to {LatestDate:yyyy-MM-dd}");
                return;
            case int or long or short:
                CheckInteger(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture), field, errors);
                return;
            case decimal number when Math.Abs(number) > MaxNumber:
                Add(errors, field, $"{number} is beyond ±{MaxNumber:0}");
                return;
            case double number when !double.IsFinite(number) || Math.Abs(number) > (double)MaxNumber:
                Add(errors, field, $"{number} is not a finite number within ±{MaxNumber:0}");
                return;
            case Enum e when !Enum.IsDefined(e.GetType(), e):
                Add(errors, field, $"'{e}' is not one of {string.Join(", ", Enum.GetNames(e.GetType()))}");
                return;
            case IEnumerable items when depth < MaxDepth && value is not IDictionary:
                var i = 0;
                foreach (var item in items)
                {
                    Check(item, $"{field}[{i++}]", inBody, errors, depth + 1);
                }

                return;
        }

        if (depth < MaxDepth && IsInputType(value.GetType()))
        {
            foreach (var (property, name) in Properties.GetOrAdd(value.GetType(), ReadableProperties))
            {
                Check(property.GetValue(value), field.Length == 0 ? name : $"{field}.{name}", inBody, errors, depth + 1);
            }
        }
    }

    // The bound request types are few and fixed: their properties are looked up once, not on every request (bookings are a hot path, decision 013).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, (PropertyInfo Property, string Name)[]> Properties = new();

    private static (PropertyInfo Property, string Name)[] ReadableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0).Select(p => (p, JsonName(p))).ToArray();

    /// <summary>A type of the application (a request record), as opposed to a framework or BCL type.</summary>
    public static bool IsInputType(Type type) =>
        type is { IsClass: true } && type != typeof(string) && type.Assembly.GetName().Name is { } assembly
        && (assembly == "corridor" || assembly.StartsWith("Corridor", StringComparison.Ordinal));

    /// <summary>The name a client writes: the JSON or query name given by attribute, else camelCase.</summary>
    public static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
        ?? property.GetCustomAttribute<Microsoft.AspNetCore.Mvc.FromQueryAttribute>()?.Name
        ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    private static void CheckText(string text, string field, int maxLength, Dictionary<string, List<string>> errors)
    {
        if (text.Length > maxLength)
        {
            Add(errors, field, $"{text.Length} characters, at most {maxLength} are allowed");
            return;
        }

        var control = text.FirstOrDefault(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'));
        if (control != default || text.Contains('\0', StringComparison.Ordinal))
        {
            Add(errors, field, $"contains the control character U+{(int)control:X4}; only tab, line feed and carriage return are allowed");
            return;
        }

        if (CountryFields.Contains(Leaf(field)) && !string.IsNullOrWhiteSpace(text) && !IsAssignedCountry(text))
        {
            Add(errors, field, $"'{text}' is not an assigned ISO 3166-1 alpha-2 country code");
        }
    }

    private static void CheckInteger(long number, string field, Dictionary<string, List<string>> errors)
    {
        var (min, max) = IntRanges.TryGetValue(Leaf(field), out var range) ? range : (-DefaultIntLimit, DefaultIntLimit);
        if (number < min || number > max)
        {
            Add(errors, field, $"{number} is outside {min} to {max}");
        }
    }

    /// <summary>The last name of a field path: <c>demands[0].vehicles</c> is <c>vehicles</c>, <c>avoidCountry[1]</c> is <c>avoidCountry</c>.</summary>
    private static string Leaf(string field)
    {
        var end = field.Length;
        while (end > 0 && field[end - 1] == ']' && field.LastIndexOf('[', end - 1) is var open and >= 0)
        {
            end = open;
        }

        var name = field[..end];
        return name[(name.LastIndexOf('.') + 1)..];
    }

    private static void Add(Dictionary<string, List<string>> errors, string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(message);
    }
}
