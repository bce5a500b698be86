using Corridor.Common;

namespace Corridor.Trade;

/// <summary>An administrator's decision to let an order pass an agreement's ceiling, with the reason, who and when.</summary>
public sealed class CeilingOverride : IOrganisationOwned
{
    private CeilingOverride()
    {
        Reason = By = OrderNumber = "";
    }

    public CeilingOverride(Guid agreementId, Guid orderId, string orderNumber, string reason, string by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        AgreementId = agreementId;
        OrderId = orderId;
        OrderNumber = orderNumber;
        Reason = Guard.Text(reason, "override reason", 1000);
        By = Guard.Text(by, "by", 200);
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid AgreementId { get; private set; }

    public Guid OrderId { get; private set; }

    public string OrderNumber { get; private set; }

    public string Reason { get; private set; }

    public string By { get; private set; }

    public DateTimeOffset At { get; private set; }
}
