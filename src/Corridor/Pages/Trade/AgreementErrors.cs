using Corridor.Trade;
using Corridor.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Corridor.Pages.Trade;

/// <summary>An agreement write's refusal on the form: each field's errors next to it, a conflict next to <c>conflictField</c> or in the summary.</summary>
public static class AgreementErrors
{
    public static void Add(ModelStateDictionary state, AgreementWrite w, string? conflictField)
    {
        var errors = (w.Invalid ?? new Dictionary<string, string[]>()).ToDictionary(e => AgreementForm.FieldFor.GetValueOrDefault(e.Key, e.Key), e => e.Value);
        if (w.Conflict is { } conflict)
        {
            if (conflictField is null)
            {
                state.AddModelError("", char.ToUpperInvariant(conflict[0]) + conflict[1..]);
            }
            else
            {
                errors[conflictField] = [conflict];
            }
        }

        FieldErrors.AddTo(state, "Input", errors, AgreementForm.Fields);
    }

    /// <summary>Adds the errors of rows with a missing figure; true when there were none.</summary>
    public static bool AddIncomplete(ModelStateDictionary state, AgreementForm form)
    {
        var incomplete = form.IncompleteRows().ToList();
        foreach (var (field, message) in incomplete)
        {
            FieldErrors.AddTo(state, "Input", field, message, AgreementForm.Fields);
        }

        return incomplete.Count == 0;
    }
}
