using Corridor.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.Sections;

public sealed class NotBuiltModel : PageModel
{
    public Navigation.Section Section { get; private set; } = null!;

    public IActionResult OnGet(string slug)
    {
        var section = Navigation.BySlug(slug);
        if (section is null)
        {
            return NotFound();
        }

        Section = section;
        return Page();
    }
}
