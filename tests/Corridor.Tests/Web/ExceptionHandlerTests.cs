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

    [Fact]
    public async Task SqliteUniqueViolation_IsConflictNamingTheField_WithoutTheDatabaseMessage()
    {
        var sqlite = new Microsoft.Data.Sqlite.SqliteException("SQLite Error 19: 'UNIQUE constraint failed: makers.organisation_id, makers.code'.", 19, 2067);

        var (status, body) = await HandleAsync(new Microsoft.EntityFrameworkCore.DbUpdateException("An error occurred while saving the entity changes.", sqlite));

        Assert.Equal(StatusCodes.Status409Conflict, status);
        Assert.Contains("A record with this code exists already", body, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite", body, StringComparison.Ordinal);
        Assert.DoesNotContain("UNIQUE", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostgresUniqueViolation_IsTheSameConflict()
    {
        var postgres = new Npgsql.PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", "23505");

        var (status, body) = await HandleAsync(new Microsoft.EntityFrameworkCore.DbUpdateException("An error occurred while saving the entity changes.", postgres));

        Assert.Equal(StatusCodes.Status409Conflict, status);
        Assert.Contains("exists already", body, StringComparison.Ordinal);
        Assert.DoesNotContain("duplicate key", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("22003", "numeric field overflow")]
    [InlineData("22021", "invalid byte sequence for encoding \"UTF8\": 0x00")]
    public async Task PostgresValueRefusal_IsBadRequest_WithoutTheDatabaseMessage(string state, string message)
    {
        var postgres = new Npgsql.PostgresException(message, "ERROR", "ERROR", state);

        var (status, body) = await HandleAsync(new Microsoft.EntityFrameworkCore.DbUpdateException("An error occurred while saving the entity changes.", postgres));

        Assert.Equal(StatusCodes.Status400BadRequest, status);
        Assert.DoesNotContain(message, body, StringComparison.Ordinal);
        Assert.DoesNotContain(state, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidStoredValue_IsBadRequestNamingEntityAndField()
    {
        var (status, body) = await HandleAsync(new InvalidStoredValueException("Booking", "Reference", "a text cannot contain a NUL byte"));

        Assert.Equal(StatusCodes.Status400BadRequest, status);
        Assert.Contains("Booking.Reference: a text cannot contain a NUL byte", body, StringComparison.Ordinal);
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
