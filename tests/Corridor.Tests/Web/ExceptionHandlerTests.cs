using Corridor.Common;
using Corridor.Storage;
using Corridor.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Corridor.Tests.Web;

/// <summary>Which exceptions become which problems: bad input 400, anything else 500.</summary>
public sealed class ExceptionHandlerTests
{
    [Fact]
    public async Task DomainGuard_IsBadRequestWithItsMessage()
    {
        var thrown = Assert.Throws<ArgumentException>(() => Guard.Text(new string('x', 201), "name"));

        var (status, body) = await HandleAsync(thrown);

        Assert.Equal(StatusCodes.Status400BadRequest, status);
        Assert.Contains("name is longer than 200 characters.", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValueTooLong_IsBadRequestNamingEntityAndField()
    {
        var (status, body) = await HandleAsync(new ValueTooLongException("Booking", "Reference", 401, 400));

        Assert.Equal(StatusCodes.Status400BadRequest, status);
        Assert.Contains("Booking.Reference: 401 characters, at most 400 are allowed", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArgumentExceptionOutsideTheDomain_IsAServerErrorWithoutDetail()
    {
        var thrown = Assert.Throws<ArgumentException>(() => ThrowHere());

        var (status, body) = await HandleAsync(thrown);

        Assert.Equal(StatusCodes.Status500InternalServerError, status);
        Assert.DoesNotContain("internal detail", body, StringComparison.Ordinal);

        static void ThrowHere() => throw new ArgumentException("internal detail");
    }

    private static async Task<(int Status, string Body)> HandleAsync(Exception exception)
    {
        await using var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        var handler = new CorridorExceptionHandler(services.GetRequiredService<IProblemDetailsService>(), NullLogger<CorridorExceptionHandler>.Instance);

        Assert.True(await handler.TryHandleAsync(context, exception, CancellationToken.None));

        context.Response.Body.Position = 0;
        return (context.Response.StatusCode, await new StreamReader(context.Response.Body).ReadToEndAsync());
    }
}
