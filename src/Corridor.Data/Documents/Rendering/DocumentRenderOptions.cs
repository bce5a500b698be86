namespace Corridor.Documents.Rendering;

/// <summary>
/// Where the verification link printed on documents points: <c>Corridor:PublicUrl</c> (or CORRIDOR_PUBLIC_URL), the
/// address people reach this server at; default <see cref="DefaultPublicUrl"/>, the default of <c>corridor serve</c>.
/// </summary>
public sealed record DocumentRenderOptions(string PublicUrl)
{
    public const string DefaultPublicUrl = "http://127.0.0.1:5080";
}
