using Microsoft.AspNetCore.Http.HttpResults;

namespace Corridor.Web;

/// <summary>Runs a domain constructor or verb and turns the <see cref="ArgumentException"/> it throws for bad input into a validation problem naming the field.</summary>
public static class Validation
{
    public static bool TryBuild<T>(Func<T> build, out T? value, out ValidationProblem? problem)
    {
        try
        {
            value = build();
            problem = null;
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            value = default;
            // The domain names its parameters as the API's JSON does (camelCase); a parse with no name is reported against
            // the whole body ("$", as JSON paths write it) rather than a made-up field.
            var field = (ex as ArgumentException)?.ParamName is { Length: > 0 } name ? System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name) : "$";
            problem = TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [ex.Message.Split(" (Parameter")[0]] });
            return false;
        }
    }

    /// <summary>Runs a parse of one input field, so that its failure is reported against <paramref name="field"/> (the JSON name).</summary>
    public static T Field<T>(string field, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            throw new ArgumentException(ex.Message.Split(" (Parameter")[0], field, ex);
        }
    }

    /// <summary>A validation problem of refusals that name their fields; one of no field is reported against the whole body ("$").</summary>
    public static ValidationProblem Problem(IEnumerable<Corridor.Common.FieldError> errors) =>
        TypedResults.ValidationProblem(errors.GroupBy(e => e.Field ?? "$").ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));

    public static ValidationProblem Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
