using Corridor.Compliance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Trade;

internal sealed class ExchangeRateConfiguration : IEntityTypeConfiguration<ExchangeRate>
{
    public void Configure(EntityTypeBuilder<ExchangeRate> b)
    {
        b.ToTable("exchange_rates");
        b.HasKey(x => x.Id);
        b.Property(x => x.Base).HasMaxLength(3);
        b.Property(x => x.Quote).HasMaxLength(3);
        b.Property(x => x.Rate).HasPrecision(28, 12);
        b.Property(x => x.Source).HasMaxLength(500);
        b.Property(x => x.Assumption).HasMaxLength(1000);
        b.Ignore(x => x.Key);
        b.HasIndex(x => new { x.Base, x.Quote, x.Day }).IsUnique();
    }
}

internal sealed class TradePreferenceConfiguration : IEntityTypeConfiguration<TradePreference>
{
    public void Configure(EntityTypeBuilder<TradePreference> b)
    {
        b.ToTable("trade_preferences");
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property(x => x.OriginCountries).HasMaxLength(200);
        b.Property(x => x.CustomsUnion).HasMaxLength(40);
        b.Property(x => x.Source).HasMaxLength(500);
        b.Property(x => x.Assumption).HasMaxLength(1000);
    }
}

internal sealed class LandedCostRuleConfiguration : IEntityTypeConfiguration<LandedCostRule>
{
    public void Configure(EntityTypeBuilder<LandedCostRule> b)
    {
        b.ToTable("landed_cost_rules");
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(60);
        b.Property(x => x.Market).HasMaxLength(2);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.Regime).HasMaxLength(40);
        b.Property(x => x.HsPrefix).HasMaxLength(10);
        b.Property(x => x.Percent).HasPrecision(9, 4);
        b.Property(x => x.Amount).HasPrecision(20, 4);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.Source).HasMaxLength(500);
        b.Property(x => x.Assumption).HasMaxLength(1000);
        b.Ignore(x => x.Period);
        b.Ignore(x => x.Fixed);
        b.HasIndex(x => new { x.Market, x.Kind });
    }
}

internal sealed class TradePartnerConfiguration : IEntityTypeConfiguration<TradePartner>
{
    public void Configure(EntityTypeBuilder<TradePartner> b)
    {
        b.ToTable("trade_partners");
        b.HasKey(x => x.Id);
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Roles).HasMaxLength(100);
        b.Property(x => x.Address).HasMaxLength(500);
        b.HasIndex(x => new { x.OrganisationId, x.Code }).IsUnique();
        b.HasIndex(x => x.CounterpartyId).IsUnique();
        b.HasOne<Counterparty>().WithMany().HasForeignKey(x => x.CounterpartyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> b)
    {
        b.ToTable("agreements", t => t.HasCheckConstraint("ck_agreements_committed", "committed_minor >= 0 AND delivered_minor >= 0"));
        b.HasKey(x => x.Id);
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.SellerMakerCode).HasColumnName("seller_maker").HasMaxLength(40);
        b.Property(x => x.CeilingCurrency).HasMaxLength(3);
        b.Property(x => x.Incoterm).HasConversion<string>().HasMaxLength(3);
        b.Property(x => x.PaymentCurrency).HasMaxLength(3);
        b.Property(x => x.PaymentTerms).HasMaxLength(300);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.Source).HasMaxLength(500);
        b.Property(x => x.Assumption).HasMaxLength(1000);
        b.Ignore(x => x.Period);
        b.Ignore(x => x.Currency);
        b.Ignore(x => x.ValueCeiling);
        b.Ignore(x => x.Committed);
        b.Ignore(x => x.Delivered);
        b.HasIndex(x => new { x.OrganisationId, x.Code }).IsUnique();
        b.HasMany(x => x.Parties).WithOne().HasForeignKey("AgreementId").OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.QuantityCeilings).WithOne().HasForeignKey(x => x.AgreementId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Prices).WithOne().HasForeignKey("AgreementId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Parties).HasField("_parties");
        b.Navigation(x => x.QuantityCeilings).HasField("_quantityCeilings");
        b.Navigation(x => x.Prices).HasField("_prices");
    }
}

internal sealed class AgreementPartyConfiguration : IEntityTypeConfiguration<AgreementParty>
{
    public void Configure(EntityTypeBuilder<AgreementParty> b)
    {
        b.ToTable("agreement_parties");
        b.HasKey(x => x.Id);
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Counterparty>().WithMany().HasForeignKey(x => x.CounterpartyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class QuantityCeilingConfiguration : IEntityTypeConfiguration<QuantityCeiling>
{
    public void Configure(EntityTypeBuilder<QuantityCeiling> b)
    {
        b.ToTable("agreement_quantity_ceilings", t => t.HasCheckConstraint("ck_quantity_ceilings_committed", "committed >= 0 AND delivered >= 0"));
        b.HasKey(x => x.Id);
        b.Property(x => x.Label).HasMaxLength(100);
        b.Property(x => x.ItemCodes).HasMaxLength(500);
        b.Property(x => x.ProductGroup).HasMaxLength(60);
        b.Ignore(x => x.Remaining);
    }
}

internal sealed class PriceListEntryConfiguration : IEntityTypeConfiguration<PriceListEntry>
{
    public void Configure(EntityTypeBuilder<PriceListEntry> b)
    {
        b.ToTable("agreement_prices");
        b.HasKey(x => x.Id);
        b.Property(x => x.ItemKind).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.ItemCode).HasMaxLength(40);
        b.Property(x => x.UnitPrice).HasPrecision(20, 4);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Ignore(x => x.Price);
    }
}

internal sealed class CeilingOverrideConfiguration : IEntityTypeConfiguration<CeilingOverride>
{
    public void Configure(EntityTypeBuilder<CeilingOverride> b)
    {
        b.ToTable("ceiling_overrides");
        b.HasKey(x => x.Id);
        b.Property(x => x.OrderNumber).HasMaxLength(40);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.By).HasMaxLength(200);
        b.HasOne<Agreement>().WithMany().HasForeignKey(x => x.AgreementId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.OrderId);
    }
}

internal sealed class TradeOrderConfiguration : IEntityTypeConfiguration<TradeOrder>
{
    public void Configure(EntityTypeBuilder<TradeOrder> b)
    {
        b.ToTable("orders");
        b.HasKey(x => x.Id);
        b.Property(x => x.Number).HasMaxLength(40);
        b.Property(x => x.OriginNode).HasMaxLength(40);
        b.Property(x => x.DeliveryNode).HasMaxLength(40);
        b.Property(x => x.Market).HasMaxLength(2);
        b.Property(x => x.Incoterm).HasConversion<string>().HasMaxLength(3);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(12).IsConcurrencyToken();
        b.Property(x => x.CreatedBy).HasMaxLength(200);
        b.Ignore(x => x.Total);
        b.Ignore(x => x.PartyIds);
        b.Ignore(x => x.Commits);
        b.HasIndex(x => new { x.OrganisationId, x.Number }).IsUnique();
        b.HasIndex(x => x.AgreementId);
        b.HasOne<Agreement>().WithMany().HasForeignKey(x => x.AgreementId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Counterparty>().WithMany().HasForeignKey(x => x.BuyerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Counterparty>().WithMany().HasForeignKey(x => x.ConsigneeId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Transitions).WithOne().HasForeignKey(x => x.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Lines).HasField("_lines");
        b.Navigation(x => x.Transitions).HasField("_transitions");
    }
}

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> b)
    {
        b.ToTable("order_lines");
        b.HasKey(x => x.Id);
        b.Property(x => x.ItemKind).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.ItemCode).HasMaxLength(40);
        b.Property(x => x.UnitPrice).HasPrecision(20, 4);
        b.HasIndex(x => new { x.OrderId, x.LineNo }).IsUnique();
    }
}

internal sealed class OrderTransitionConfiguration : IEntityTypeConfiguration<OrderTransition>
{
    public void Configure(EntityTypeBuilder<OrderTransition> b)
    {
        b.ToTable("order_transitions");
        b.HasKey(x => x.Id);
        b.Property(x => x.From).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.To).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.By).HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(1000);
    }
}

internal sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> b)
    {
        b.ToTable("targets");
        b.HasKey(x => x.Id);
        b.Property(x => x.Code).HasMaxLength(60);
        b.Property(x => x.Dimension).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Key).HasMaxLength(60);
        b.Property(x => x.Measure).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.Amount).HasPrecision(20, 4);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.Source).HasMaxLength(500);
        b.Property(x => x.Assumption).HasMaxLength(1000);
        b.HasIndex(x => new { x.OrganisationId, x.Code }).IsUnique();
    }
}
