using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Corridor.Web;

/// <summary>422: the request was valid but cannot be answered from the stored data (e.g. no exchange rate for that day).</summary>
public sealed class UnprocessableProblem(string title, string detail, IReadOnlyList<string>? reasons = null)
    : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<ProblemDetails>
{
    public ProblemDetails Value { get; } = ApiProblems.Create(StatusCodes.Status422UnprocessableEntity, title, detail, reasons);

    object? IValueHttpResult.Value => Value;

    public int? StatusCode => StatusCodes.Status422UnprocessableEntity;

    public Task ExecuteAsync(HttpContext httpContext) => TypedResults.Problem(Value).ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status422UnprocessableEntity, typeof(ProblemDetails), [ApiProblems.ContentType]));
}
