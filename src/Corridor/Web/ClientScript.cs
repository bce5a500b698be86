namespace Corridor.Web;

/// <summary>
/// The application's one script, served at /app.js: what pages used to do in inline handlers, which the
/// Content-Security-Policy no longer runs. A form with <c>data-confirm</c> asks before it is sent; a link with
/// <c>data-back</c> goes back one page.
/// </summary>
public static class ClientScript
{
    public const string Js = """
        document.addEventListener('submit', e => {
            const form = e.target.closest('form[data-confirm]');
            if (form && !window.confirm(form.dataset.confirm)) e.preventDefault();
        });
        document.addEventListener('click', e => {
            const back = e.target.closest('a[data-back]');
            if (back && history.length > 1) { e.preventDefault(); history.back(); }
        });
        """;
}
