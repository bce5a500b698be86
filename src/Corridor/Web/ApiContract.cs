using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Corridor.Web;

/// <summary>
/// One endpoint filter on every /api route that holds it to the contract: its bound input is checked against
/// <see cref="RequestBounds"/> before the handler runs, and an error it returns leaves as one problem format —
/// a bare string body (<c>NotFound("unknown model")</c>) becomes a problem with that detail, and validation errors are
/// keyed by the name the client wrote (camelCase; <c>$</c> for the body as a whole).
/// </summary>
public static class ApiContract
{
    /// <summary>Maps the feature APIs inside one group that carries the filter (the group adds no prefix).</summary>
    public static RouteGroupBuilder MapBoundedApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("");
        group.AddEndpointFilterFactory(Filter);
        return group;
    }

    public static EndpointFilterDelegate Filter(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var isService = context.ApplicationServices.GetService<IServiceProviderIsService>();
        var checks = context.MethodInfo.GetParameters()
            .Select((p, i) => (Parameter: p, Index: i))
            .Where(x => IsInput(x.Parameter, isService))
            .Select(x => (x.Index, Name: Name(x.Parameter), InBody: IsBody(x.Parameter), AsParameters: x.Parameter.GetCustomAttribute<AsParametersAttribute>() is not null))
            .ToArray();
        return async invocation =>
        {
            var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var (index, name, inBody, asParameters) in checks)
            {
                RequestBounds.Check(invocation.Arguments[index], asParameters ? "" : name, inBody, errors);
            }

            if (errors.Count > 0)
            {
                return TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()), "One or more values are out of range; errors names each field as it was sent.", title: "A value is out of range.");
            }

            return AsProblem(await next(invocation));
        };
    }

    /// <summary>An error result in the one problem format; anything else unchanged.</summary>
    public static object? AsProblem(object? result)
    {
        var inner = result;
        while (inner is INestedHttpResult nested)
        {
            inner = nested.Result;
        }

        return inner switch
        {
            ValidationProblem validation => TypedResults.ValidationProblem(
                validation.ProblemDetails.Errors.GroupBy(e => ClientName(e.Key)).ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray()),
                validation.ProblemDetails.Detail, validation.ProblemDetails.Instance, validation.ProblemDetails.Title, validation.ProblemDetails.Type),
            IStatusCodeHttpResult { StatusCode: >= 400 and var status } and IValueHttpResult { Value: string detail } =>
                TypedResults.Problem(detail, statusCode: status, title: Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status)),
            _ => result,
        };
    }

    /// <summary>A field name as the client writes it: <c>requested_date</c> and <c>RequestedDate</c> become <c>requestedDate</c>, <c>body</c> the body (<c>$</c>).</summary>
    public static string ClientName(string key)
    {
        if (key is "body" or "" or "$")
        {
            return "$";
        }

        if (key.Contains('_', StringComparison.Ordinal) && !key.Contains('.', StringComparison.Ordinal))
        {
            var parts = key.Split('_', StringSplitOptions.RemoveEmptyEntries);
            key = parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
        }

        return char.IsUpper(key[0]) ? JsonNamingPolicy.CamelCase.ConvertName(key) : key;
    }

    private static bool IsInput(ParameterInfo parameter, IServiceProviderIsService? isService)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        if (parameter.GetCustomAttribute<FromServicesAttribute>() is not null || isService?.IsService(parameter.ParameterType) == true
            || typeof(HttpContext).IsAssignableFrom(type) || type == typeof(CancellationToken) || typeof(System.Security.Claims.ClaimsPrincipal).IsAssignableFrom(type)
            || typeof(IFormFile).IsAssignableFrom(type) || typeof(IFormFileCollection).IsAssignableFrom(type) || typeof(Stream).IsAssignableFrom(type))
        {
            return false;
        }

        var element = type.IsArray ? type.GetElementType()! : type;
        element = Nullable.GetUnderlyingType(element) ?? element;
        return element.IsPrimitive || element.IsEnum || element == typeof(string) || element == typeof(decimal) || element == typeof(DateOnly)
            || element == typeof(DateTimeOffset) || element == typeof(DateTime) || RequestBounds.IsInputType(element)
            || (element.IsGenericType && element.GetGenericArguments().Any(RequestBounds.IsInputType));
    }

    private static bool IsBody(ParameterInfo parameter)
    {
        if (parameter.GetCustomAttribute<FromBodyAttribute>() is not null)
        {
            return true;
        }

        if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null || parameter.GetCustomAttributes().OfType<IFromQueryMetadata>().Any()
            || parameter.GetCustomAttributes().OfType<IFromRouteMetadata>().Any())
        {
            return false;
        }

        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return RequestBounds.IsInputType(type) || (type.IsGenericType && type.GetGenericArguments().Any(RequestBounds.IsInputType));
    }

    private static string Name(ParameterInfo parameter) =>
        parameter.GetCustomAttributes().OfType<IFromQueryMetadata>().FirstOrDefault()?.Name
        ?? parameter.GetCustomAttributes().OfType<IFromRouteMetadata>().FirstOrDefault()?.Name
        ?? (IsBody(parameter) ? "" : parameter.Name ?? "");
}
