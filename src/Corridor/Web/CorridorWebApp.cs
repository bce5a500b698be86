using Corridor.Analytics;
using Corridor.Catalog;
using Corridor.Compliance;
using Corridor.Documents;
using Corridor.Import;
using Corridor.Intelligence;
using Corridor.Logistics;
using Corridor.MarketAccess;
using Corridor.Operations;
using Corridor.Organisations;
using Corridor.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Json;
using Scalar.AspNetCore;
using Corridor.Trade;

namespace Corridor.Web;

/// <summary>Builds the web application: API under /api with OpenAPI and a reference page, Razor Pages, sign-in, /health.</summary>
public static class CorridorWebApp
{
    /// <summary>Configuration key (and <c>--Corridor:Database=</c> host setting) naming the database; the CLI's --database sets it.</summary>
    public const string DatabaseKey = "Corridor:Database";

    /// <summary>
    /// The data-protection key ring (cookie and antiforgery encryption) lives in the database, so that every server on
    /// one PostgreSQL database reads the others' cookies, also after a restart.
    /// </summary>
    public static IDataProtectionBuilder AddSharedKeyRing(IServiceCollection services) =>
        services.AddDataProtection().SetApplicationName("corridor").PersistKeysToDbContext<CorridorDbContext>();

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(CorridorWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.AddCorridorConfiguration();
        configure?.Invoke(builder);

        var services = builder.Services;
        services.AddCorridorStorage(sp => DatabaseLocation.Resolve(sp.GetRequiredService<IConfiguration>()[DatabaseKey]));
        services.AddCorridorImport();
        services.AddCorridorFeatures();
        services.AddCorridorHosting(builder.Configuration);
        services.AddCorridorHealthChecks();

        AddSharedKeyRing(services);
        services.AddCorridorProblems();
        services.AddExceptionHandler<CorridorExceptionHandler>();
        services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddOpenApi(o => o.AddCorridorContract().AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Corridor API";
            doc.Info.Description = "Automotive export programme over a multimodal trade corridor. Authenticate with a session cookie (sign in at /account/sign-in) or `Authorization: Bearer <token>` (create tokens at /account/tokens or with `corridor users token`).";
            return Task.CompletedTask;
        }));

        services.AddAuthentication(AuthSchemes.Default)
            .AddPolicyScheme(AuthSchemes.Default, "Cookie or bearer token", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? AuthSchemes.Token : AuthSchemes.Cookie)
            .AddCookie(AuthSchemes.Cookie, o =>
            {
                o.LoginPath = "/account/sign-in";
                o.LogoutPath = "/account/sign-out";
                o.AccessDeniedPath = "/account/denied";
                o.Cookie.Name = AuthSchemes.SessionCookie;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
                o.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(AuthSchemes.Token, null);
        services.AddAuthorizationBuilder().AddCorridorPolicies();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, RefusalLoggingHandler>();
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddCorridorTelemetry(builder.Configuration);
        services.AddHttpLogging(o =>
        {
            o.LoggingFields = Microsoft.AspNetCore.HttpLogging.HttpLoggingFields.RequestMethod | Microsoft.AspNetCore.HttpLogging.HttpLoggingFields.RequestPath
                | Microsoft.AspNetCore.HttpLogging.HttpLoggingFields.ResponseStatusCode | Microsoft.AspNetCore.HttpLogging.HttpLoggingFields.Duration;
            o.CombineLogs = true;
        });

        services.AddCorridorRateLimits();
        services.AddRazorPages(o =>
        {
            o.Conventions.AddPageApplicationModelConvention("/Account/SignIn", m => m.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(RateLimits.SignIn)));
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Account/SignIn");
            o.Conventions.AllowAnonymousToPage("/Account/Denied");
        });

        var app = builder.Build();
        app.UseCorridorForwardedHeaders();
        app.UseMiddleware<SecurityHeaders>();
        app.UseHttpLogging();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseWhen(ErrorPages.IsForPeople, people => people.UseStatusCodePages(ErrorPages.WriteStatusAsync));
        app.UseAuthentication();
        app.UseMiddleware<ActorMiddleware>();
        app.UseMiddleware<CrossSiteWriteGuard>();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapGet(ReadinessGate.HealthPath, async Task<IResult> (HttpContext http) =>
            {
                if (http.RequestServices.GetService<ReadinessGate>() is { IsReady: false } gate)
                {
                    await gate.WriteNotReadyAsync(http);
                    return Results.Empty;
                }

                return TypedResults.Ok(new { status = "ok" });
            })
            .WithName("Health").WithSummary("Liveness: answers 200 when the server is up and its data ready, 503 while it is starting.")
            .Produces(StatusCodes.Status200OK).Produces(StatusCodes.Status503ServiceUnavailable).AllowAnonymous();
        app.MapCorridorHealth();
        app.MapCorridorMetrics();
        app.MapGet("/app.css", () => Results.Text(Stylesheet.Css, "text/css")).ExcludeFromDescription().AllowAnonymous();
        app.MapGet("/app.js", () => Results.Text(ClientScript.Js, "text/javascript")).ExcludeFromDescription().AllowAnonymous();
        app.MapGet("/favicon.svg", () => Results.Text(Stylesheet.Favicon, "image/svg+xml")).ExcludeFromDescription().AllowAnonymous();
        app.MapGet("/favicon.ico", () => Results.Redirect("/favicon.svg", permanent: true)).ExcludeFromDescription().AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api/reference", o => o.WithTitle("Corridor API reference").WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
        app.MapRazorPages();

        // Every feature API is mapped in one group whose filter checks input ranges and the error format (ApiContract).
        var api = app.MapBoundedApi();
        api.MapAccountApi();
        api.MapCatalogApi();
        api.MapReferenceApi();
        api.MapMarketAccessApi();
        api.MapComplianceApi();
        api.MapLogisticsApi();
        api.MapAnalyticsApi();
        api.MapTradeApi();
        api.MapDocumentsApi();
        api.MapIntelligenceApi();
        return app;
    }

    /// <summary>Applies pending migrations (SQLite creates the file) before serving.</summary>
    public static async Task MigrateAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<CorridorDbContext>());
    }

    /// <summary>Entry used by the ASP.NET Core test host, which passes only host settings.</summary>
    public static async Task<int> RunForHostAsync(string[] args)
    {
        var app = Build(args);
        await MigrateAsync(app);
        await app.RunAsync();
        return 0;
    }

    private static Task ApiAware(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
