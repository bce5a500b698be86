using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Corridor.Web;

/// <summary>
/// The built-in ASP.NET Core rate limiter on sign-in (per client address, POSTs only) and token creation (per user):
/// a fixed window of <c>Corridor:RateLimits:SignInPerMinute</c> (default 30) and
/// <c>Corridor:RateLimits:TokensPerMinute</c> (default 10) requests a minute. Over the limit: 429 with a problem body
/// and <c>Retry-After</c>. It slows guessing from one address; the per-account lockout
/// (<see cref="Organisations.User.RecordFailedSignIn"/>) stops guessing one account from many. Counters are per
/// server process (a limiter is in memory); the lockout is in the database, so every process agrees on it.
/// </summary>
public static partial class RateLimits
{
    public const string SignIn = "sign-in";
    public const string TokenCreation = "token-creation";

    public static IServiceCollection AddCorridorRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((o, config) =>
        {
            var signIns = config.GetValue("Corridor:RateLimits:SignInPerMinute", 30);
            var tokens = config.GetValue("Corridor:RateLimits:TokensPerMinute", 10);
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignIn, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => Window(signIns))
                : RateLimitPartition.GetNoLimiter("read"));
            o.AddPolicy(TokenCreation, http => RateLimitPartition.GetFixedWindowLimiter(http.User.UserId()?.ToString() ?? "anonymous", _ => Window(tokens)));
            o.OnRejected = async (ctx, ct) =>
            {
                var http = ctx.HttpContext;
                Log.Throttled(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimits)),
                    http.Request.Path, http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
                http.Response.Headers.RetryAfter = "60";
                if (ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after))
                {
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(after.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                await TypedResults.Problem("Too many attempts from here; wait a minute and try again.", statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many requests").ExecuteAsync(http);
            };
        });
        return services;
    }

    private static FixedWindowRateLimiterOptions Window(int permits) =>
        new() { PermitLimit = Math.Max(1, permits), Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true };

    private static partial class Log
    {
        [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Rate limit reached on {Path} from {RemoteAddress}")]
        public static partial void Throttled(ILogger logger, string path, string remoteAddress);
    }
}
