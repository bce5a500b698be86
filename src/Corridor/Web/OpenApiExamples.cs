using Microsoft.OpenApi;

namespace Corridor.Web;

/// <summary>
/// Example request bodies of the main writes, as a client would send them against the reference data
/// (<c>corridor demo</c>): they appear in the OpenAPI document and on the reference page's "try it".
/// </summary>
public static class OpenApiExamples
{
    private static readonly Dictionary<string, string> Bodies = new(StringComparer.Ordinal)
    {
        ["CreateBooking"] = """{"departureId": "3f2b8a8e-0f7e-4c55-9a55-2f0f6f1c1a10", "vehicles": 40, "reference": "PO-2027-0142", "waitlist": false}""",
        ["CreateShipment"] = """{"reference": "SHP-2027-0007", "from": "IKCO-TEHRAN", "to": "RU-MOSCOW", "vehicles": 120, "ready": "2027-02-01", "due": "2027-03-01", "rank": 1}""",
        ["AllocatePlan"] = """{"demands": [{"from": "IKCO-TEHRAN", "to": "RU-MOSCOW", "vehicles": 300, "week": "2027-02-01", "due": "2027-03-01"}], "latenessPenaltyUsd": 50, "routesPerPair": 3}""",
        ["CreateMaker"] = """{"code": "KMC", "name": "Kerman Motor", "country": "IR", "source": "https://example.org/kerman-motor", "assumption": null}""",
        ["CreateCertificate"] = """{"model": "SHAHIN", "market": "BY", "kind": "vehicle-type-approval", "number": "EAEU TR 018-2027-0042", "issuer": "BelGIM", "issuedOn": "2027-01-15", "expiresOn": "2030-01-14", "source": "certificate scan"}""",
        ["CreateAgreement"] = """{"code": "SAIPA-BY-2027", "kind": "supply-contract", "title": "Shahin supply to Belarus", "seller": "SAIPA", "parties": [{"partner": "SAIPA-BY-PARTNER", "role": "buyer"}], "from": "2027-01-01", "until": "2028-01-01", "valueCeiling": {"amount": 2000000, "currency": "USD"}, "quantityCeilings": [{"label": "Shahin", "items": ["SHAHIN"], "max": 100}], "prices": [{"item": "SHAHIN", "amount": 11500, "currency": "USD"}], "incoterm": "CPT", "paymentCurrency": "USD", "paymentTerms": "letter of credit at sight"}""",
        ["CreateOrder"] = """{"number": "BY-2027-0001", "agreement": "SAIPA-BY-2023", "buyer": "SAIPA-BY-PARTNER", "origin": "SAIPA-TEHRAN", "delivery": "BY-MINSK", "market": "BY", "requestedDate": "2027-03-15", "lines": [{"itemKind": "model", "item": "SHAHIN", "quantity": 20, "unitPrice": null}]}""",
        ["CreateCounterparty"] = """{"name": "Bank Mellat", "type": "organisation", "country": "IR", "identifiers": [], "otherNames": []}""",
        ["CreateToken"] = """{"name": "nightly export", "expiresInDays": 30}""",
        ["AddUser"] = """{"email": "planner@example.org", "displayName": "Logistics planner", "role": "logistics-planner", "password": "a long passphrase of five words"}""",
    };

    /// <summary>Sets the example body of <paramref name="operation"/> when it has one.</summary>
    public static void Apply(OpenApiOperation operation)
    {
        if (operation.OperationId is { } id && Bodies.TryGetValue(id, out var body)
            && operation.RequestBody?.Content is { } content && content.TryGetValue("application/json", out var media))
        {
            media.Example = OpenApiContract.Json(body);
        }
    }
}
