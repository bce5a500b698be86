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
            var field = (ex as ArgumentException)?.ParamName ?? "body";
            problem = TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [ex.Message.Split(" (Parameter")[0]] });
            return false;
        }
    }

    public static ValidationProblem Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
