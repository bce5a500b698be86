using Corridor.Catalog;

namespace Corridor.MarketAccess;

/// <summary>What the eligibility engine needs to know about a vehicle model: its identity and category, and
/// whether the vehicles are new or used, imported or domestic (an export is new and imported unless said otherwise).</summary>
public sealed record ModelProfile(
    Guid Id, string Code, VehicleCategory Category, VehicleCondition Condition = VehicleCondition.New, SupplyOrigin Origin = SupplyOrigin.Import)
{
    public static ModelProfile Of(VehicleModel model) => new(model.Id, model.Code, model.Category);
}
