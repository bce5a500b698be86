using Corridor.Import;
using Corridor.Logistics;

namespace Corridor.Documents;

/// <summary>
/// The document rules of <c>data/reference/</c>: the route-leg → transport document mapping (<c>document-rules.csv</c>)
/// and the certificate-of-origin forms (<c>origin-certificate-rules.csv</c>). Each bad row is reported as
/// <c>file:line: field: message</c> and nothing is returned while any row is bad.
/// </summary>
public sealed record DocumentRuleSet(IReadOnlyList<LegDocumentRule> Legs, IReadOnlyList<OriginCertificateRule> Origins)
{
    public const string LegFile = "document-rules.csv";
    public const string OriginFile = "origin-certificate-rules.csv";

    private static readonly string[] LegHeader = ["mode", "scope", "document", "combine_consecutive", "rail_ferry", "source", "assumption"];
    private static readonly string[] OriginHeader = ["priority", "form", "origin_countries", "destination_countries", "valid_from", "valid_until", "reason", "source", "assumption"];

    /// <summary>Reads both files from <paramref name="folder"/>; the errors name file, line and field.</summary>
    public static Common.Result<DocumentRuleSet> Load(string folder)
    {
        var errors = new List<ImportError>();
        var legs = ReadLegs(Path.Combine(folder, LegFile), errors);
        var origins = ReadOrigins(Path.Combine(folder, OriginFile), errors);
        return errors.Count > 0
            ? Common.Result<DocumentRuleSet>.Failure(errors.Select(e => e.ToString()).ToList())
            : Common.Result<DocumentRuleSet>.Success(new DocumentRuleSet(legs, origins));
    }

    private static List<LegDocumentRule> ReadLegs(string path, List<ImportError> errors)
    {
        var rules = new List<LegDocumentRule>();
        if (!File.Exists(path))
        {
            errors.Add(new ImportError(LegFile, 0, "file", "missing"));
            return rules;
        }

        foreach (var row in CsvTable.Read(path, LegFile, LegHeader, errors))
        {
            var modeText = row.Required("mode");
            TransportMode? mode = modeText switch
            {
                "rail" => TransportMode.Rail,
                "road" => TransportMode.Road,
                "sea" => TransportMode.Sea,
                "inland_waterway" => TransportMode.InlandWaterway,
                _ => null,
            };
            if (mode is null && modeText.Length > 0)
            {
                row.Error("mode", $"'{modeText}' is not rail, road, sea or inland_waterway");
            }

            var scopeText = row.Required("scope");
            LegScope? scope = Enum.TryParse<LegScope>(scopeText, ignoreCase: true, out var s) ? s : null;
            if (scope is null && scopeText.Length > 0)
            {
                row.Error("scope", $"'{scopeText}' is not any, domestic or international");
            }

            var documentText = row.Optional("document");
            DocumentType? document = null;
            if (documentText is not null)
            {
                if (DocumentCodes.TryParse(documentText, out var t) && t.IsTransport())
                {
                    document = t;
                }
                else
                {
                    row.Error("document", $"'{documentText}' is not rail_consignment_note, road_consignment_note or bill_of_lading");
                }
            }

            var combine = row.OptionalBool("combine_consecutive") ?? false;
            var ferry = row.OptionalBool("rail_ferry") ?? false;
            var source = row.Required("source");
            if (row.IsValid && mode is { } m && scope is { } sc)
            {
                if (rules.Any(r => r.Mode == m && r.Scope == sc))
                {
                    row.Error("scope", $"a second rule for {modeText} {scopeText}");
                    continue;
                }

                rules.Add(new LegDocumentRule(m, sc, document, combine, ferry, source));
            }
        }

        return rules;
    }

    private static List<OriginCertificateRule> ReadOrigins(string path, List<ImportError> errors)
    {
        var rules = new List<OriginCertificateRule>();
        if (!File.Exists(path))
        {
            errors.Add(new ImportError(OriginFile, 0, "file", "missing"));
            return rules;
        }

        foreach (var row in CsvTable.Read(path, OriginFile, OriginHeader, errors))
        {
            var priority = row.RequiredInt("priority");
            var form = row.Required("form");
            var origins = Countries(row, "origin_countries");
            var destinations = Countries(row, "destination_countries");
            var from = row.OptionalDate("valid_from");
            var until = row.OptionalDate("valid_until");
            if (from is { } f && until is { } u && u <= f)
            {
                row.Error("valid_until", "must be after valid_from");
            }

            var reason = row.Required("reason");
            var source = row.Required("source");
            if (row.IsValid)
            {
                if (rules.Any(r => r.Priority == priority))
                {
                    row.Error("priority", $"{priority} is used twice");
                    continue;
                }

                rules.Add(new OriginCertificateRule(priority, form, origins, destinations, from, until, reason, source));
            }
        }

        return rules;
    }

    private static HashSet<string> Countries(CsvRow row, string column)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in (row.Optional(column) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
            {
                row.Error(column, $"'{code}' is not an ISO 3166-1 alpha-2 code");
                continue;
            }

            set.Add(code);
        }

        return set;
    }
}
