using System.Text.Json.Nodes;
using Corridor.Organisations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace Corridor.Web;

/// <summary>
/// Completes the OpenAPI document from what the endpoints declare, so that every operation carries the same contract:
/// a description that says who may call it, the bearer and cookie security schemes with a requirement per operation,
/// the error responses it can give (400, 401, 403, 404, 409, 422, 429) as <c>application/problem+json</c> with the
/// ProblemDetails schema, decimals as <c>number</c> with format <c>decimal</c> (integers and doubles as plain JSON
/// numbers), and example bodies for the main writes (<see cref="OpenApiExamples"/>).
/// </summary>
public static class OpenApiContract
{
    public const string BearerScheme = "bearer";

    public const string CookieScheme = "cookie";

    public const string ProblemSchema = "ProblemDetails";

    public const string ValidationProblemSchema = "HttpValidationProblemDetails";

    private static readonly string[] Writes = ["POST", "PUT", "PATCH", "DELETE"];

    public static OpenApiOptions AddCorridorContract(this OpenApiOptions options)
    {
        options.AddSchemaTransformer(NumberSchema);
        options.AddOperationTransformer(AnalyticsDates);
        options.AddDocumentTransformer(CompleteAsync);
        return options;
    }

    /// <summary>The analytics window (<c>from</c>, <c>until</c>) is read as text so that a bad value is named in the
    /// answer, but it is a date (YYYY-MM-DD): the document says so.</summary>
    private static Task AnalyticsDates(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (context.Description.RelativePath?.StartsWith("api/analytics", StringComparison.Ordinal) == true)
        {
            foreach (var parameter in operation.Parameters ?? [])
            {
                if (parameter is { In: ParameterLocation.Query, Name: "from" or "until", Schema: OpenApiSchema schema })
                {
                    schema.Format = "date";
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>One numeric type per CLR type: the document says what the server writes (a JSON number), not every form it also reads.</summary>
    private static Task NumberSchema(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        var nullable = schema.Type is { } t && t.HasFlag(JsonSchemaType.Null) ? JsonSchemaType.Null : 0;
        if (type == typeof(decimal))
        {
            (schema.Type, schema.Format, schema.Pattern) = (JsonSchemaType.Number | nullable, "decimal", null);
        }
        else if (type == typeof(int) || type == typeof(long) || type == typeof(short))
        {
            (schema.Type, schema.Pattern) = (JsonSchemaType.Integer | nullable, null);
        }
        else if (type == typeof(double) || type == typeof(float))
        {
            (schema.Type, schema.Pattern) = (JsonSchemaType.Number | nullable, null);
        }

        var name = context.JsonPropertyInfo?.Name ?? context.ParameterDescription?.Name;
        if (name is not null && Range(type.IsArray ? type.GetElementType()! : type, name, inBody: context.JsonPropertyInfo is not null) is { } range)
        {
            schema.Description = string.IsNullOrWhiteSpace(schema.Description) ? range : $"{schema.Description.TrimEnd('.')}. {range}";
        }
        else if (name is not null && string.IsNullOrWhiteSpace(schema.Description))
        {
            // Without a doc comment, at least the form: what kind of value, and what a list holds.
            schema.Description = type == typeof(Guid) ? "A UUID, as the API returns it in `id`."
                : type == typeof(bool) ? "true or false."
                : type != typeof(string) && type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } list
                    ? $"A list of {Describe(list.GetGenericArguments()[0])}; may be empty."
                    : null;
        }

        return Task.CompletedTask;
    }

    private static string Describe(Type item) => item == typeof(string) ? "texts (each held to the text rules)" : $"{item.Name} objects";

    /// <summary>The accepted range of a field, in words, from <see cref="RequestBounds"/> (which enforces it).</summary>
    private static string? Range(Type clr, string name, bool inBody)
    {
        var type = Nullable.GetUnderlyingType(clr) ?? clr;
        var dates = $"from {RequestBounds.EarliestDate:yyyy-MM-dd} to {RequestBounds.LatestDate:yyyy-MM-dd}";
        if (type == typeof(DateOnly))
        {
            return $"A date (YYYY-MM-DD) {dates}.";
        }

        if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
        {
            return $"A timestamp (ISO 8601 with offset) {dates}.";
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(short))
        {
            var (min, max) = RequestBounds.IntRanges.TryGetValue(name, out var r) ? r : (-RequestBounds.DefaultIntLimit, RequestBounds.DefaultIntLimit);
            return $"An integer from {min} to {max}.";
        }

        if (type == typeof(decimal) || type == typeof(double) || type == typeof(float))
        {
            return $"A JSON number within ±{RequestBounds.MaxNumber.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}{(type == typeof(decimal) ? "; exact (decimal), stored with the precision of its column" : "")}.";
        }

        if (type == typeof(string))
        {
            var text = $"Text of at most {(inBody ? RequestBounds.MaxBodyText : RequestBounds.MaxQueryText)} characters (and its column's length), without control characters but tab and line breaks.";
            return RequestBounds.CountryFields.Contains(name) ? $"An assigned ISO 3166-1 alpha-2 code (e.g. RU, BY, IR). {text}" : text;
        }

        return null;
    }

    private static async Task CompleteAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.AddComponent<IOpenApiSecurityScheme>(BearerScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "cor_…",
            Description = "An API token (create one at /account/tokens, with POST /api/tokens or `corridor users token`), sent as `Authorization: Bearer cor_…`. It acts as its user.",
        });
        document.AddComponent<IOpenApiSecurityScheme>(CookieScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = "corridor.session",
            Description = "The session cookie set by signing in at /account/sign-in (SameSite=Strict); checked against the stored session on every request.",
        });

        var policies = context.ApplicationServices.GetRequiredService<IAuthorizationPolicyProvider>();
        var endpoints = context.DescriptionGroups.SelectMany(g => g.Items)
            .Select(d => d.ActionDescriptor.EndpointMetadata)
            .Where(m => m.OfType<IEndpointNameMetadata>().Any())
            .GroupBy(m => m.OfType<IEndpointNameMetadata>().First().EndpointName)
            .ToDictionary(g => g.Key, g => g.First());
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                if (operation.OperationId is not { } id || !endpoints.TryGetValue(id, out var metadata))
                {
                    continue;
                }

                await CompleteAsync(document, path, method.Method, operation, metadata, policies);
            }
        }
    }

    private static async Task CompleteAsync(OpenApiDocument document, string path, string method, OpenApiOperation operation, IList<object> metadata, IAuthorizationPolicyProvider policies)
    {
        var authorized = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        var roles = new List<string>();
        foreach (var name in metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct())
        {
            if (await policies.GetPolicyAsync(name) is { } policy)
            {
                roles.AddRange(policy.Requirements.OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles));
            }
        }

        var who = !authorized ? "Anyone may call it." : roles.Count == 0 ? "Any signed-in user of the organisation may call it." : $"Needs the role {string.Join(" or ", roles.Distinct().Select(r => Roles.TryParse(r, out var role) ? role.ToKebab() : r))}; other users get 403.";
        operation.Description ??= $"{operation.Summary?.TrimEnd('.')}. {who} Errors are application/problem+json (docs/api.md).";

        if (authorized)
        {
            operation.Security = [new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [],
            }, new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(CookieScheme, document)] = [],
            }];
        }

        operation.Responses ??= [];
        var hasInput = operation.Parameters is { Count: > 0 } || operation.RequestBody is not null;
        if (hasInput)
        {
            Declare(document, operation, 400, "The request is malformed or a value is out of range; `errors` names each field as it was sent.", ValidationProblemSchema);
        }

        if (authorized)
        {
            Declare(document, operation, 401, "No valid session cookie or bearer token.");
            if (roles.Count > 0)
            {
                Declare(document, operation, 403, "The signed-in user's role may not do this.");
            }
        }

        if (path.Contains('{', StringComparison.Ordinal))
        {
            Declare(document, operation, 404, "Nothing at this address is visible to the user: unknown, or another organisation's.");
        }

        if (Writes.Contains(method, StringComparer.OrdinalIgnoreCase))
        {
            Declare(document, operation, 409, "Refused by the stored state (exists already, still referred to, a rule); `reasons` lists why.");
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            Declare(document, operation, 429, "Too many requests; wait for the time in Retry-After.");
        }

        foreach (var (status, response) in operation.Responses.ToList())
        {
            if (int.TryParse(status, out var code) && code >= 400)
            {
                Declare(document, operation, code, response.Description, code == 400 ? ValidationProblemSchema : ProblemSchema, replace: true);
            }
        }

        OpenApiExamples.Apply(operation);
    }

    private static void Declare(OpenApiDocument document, OpenApiOperation operation, int status, string? description, string schema = ProblemSchema, bool replace = false)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var existing = operation.Responses!.TryGetValue(key, out var found) ? found : null;
        if (existing is not null && !replace)
        {
            return;
        }

        var text = string.IsNullOrWhiteSpace(description) || description == Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status)
            ? DefaultDescription(status)
            : description;
        operation.Responses[key] = new OpenApiResponse
        {
            Description = text,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ApiProblems.ContentType] = new() { Schema = new OpenApiSchemaReference(schema, document) },
            },
        };
    }

    private static string DefaultDescription(int status) => status switch
    {
        400 => "The request is malformed or a value is out of range; `errors` names each field as it was sent.",
        404 => "Nothing at this address is visible to the user: unknown, or another organisation's.",
        409 => "Refused by the stored state (exists already, still referred to, a rule); `reasons` lists why.",
        422 => "Valid, but the stored data cannot answer it (e.g. no exchange rate for that day).",
        _ => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status),
    };

    /// <summary>A JSON value for an example, parsed from text written as the client would send it.</summary>
    internal static JsonNode Json(string text) => JsonNode.Parse(text)!;
}
