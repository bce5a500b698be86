using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Corridor.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "agreements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    seller_maker = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    until = table.Column<DateOnly>(type: "date", nullable: true),
                    ceiling_minor = table.Column<long>(type: "bigint", nullable: true),
                    ceiling_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    committed_minor = table.Column<long>(type: "bigint", nullable: false),
                    delivered_minor = table.Column<long>(type: "bigint", nullable: false),
                    incoterm = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    payment_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    payment_terms = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    assumption = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agreements", x => x.id);
                    table.CheckConstraint("ck_agreements_committed", "committed_minor >= 0 AND delivered_minor >= 0");
                });

            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    actor = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    entity_type = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    entity_key = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    action = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    changes = table.Column<string>(type: "text", maxLength: 2147483647, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "counterparties",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    other_names = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    birth_date = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    identifiers = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_counterparties", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    xml = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "emission_factors",
                columns: table => new
                {
                    mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    grams_co2e_per_tonne_km = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    assumption = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_emission_factors", x => x.mode);
                });

            migrationBuilder.CreateTable(
                name: "exchange_rates",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    @base = table.Column<string>(name: "base", type: "character varying(3)", maxLength: 3, nullable: false),
                    quote = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    rate = table.Column<decimal>(type: "numeric(28,12)", precision: 28, scale: 12, nullable: false),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    assumption = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_exchange_rates", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "landed_cost_rules",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    market = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    kind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    regime = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    hs_prefix = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    engine_cc_min = table.Column<int>(type: "integer", nullable: true),
                    engine_cc_max = table.Column<int>(type: "integer", nullable: true),
                    percent = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: true),
                    amount = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: true),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    assumption = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_landed_cost_rules", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "list_snapshots",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    imported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    imported_by = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    entry_count = table.Column<int>(type: "integer", nullable: false),
                    previous_snapshot_id = table.Column<Guid>(type: "uuid", nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    added_count = table.Column<int>(type: "integer", nullable: false),
                    removed_count = table.Column<int>(type: "integer", nullable: false),
                    changed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_list_snapshots", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "makers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    assumption = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_makers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "markets",
                columns: table => new
                {
                    iso2 = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    customs_union = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    assumption = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_markets", x => x.iso2);
                });

            migrationBuilder.CreateTable(
                name: "network_nodes",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    latitude = table.Column<double>(type: "double precision", nullable: false),
                    longitude = table.Column<double>(type: "double precision", nullable: false),
                    gauges = table.Column<int>(type: "integer", nullable: false),
                    handling_hours = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    transshipments = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    assumption = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_network_nodes", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "network_scenarios",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    changes = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_network_scenarios", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "recorded_order_lines",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    line_no = table.Column<int>(type: "integer", nullable: false),
                    order_date = table.Column<DateOnly>(type: "date", nullable: false),
                    buyer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    market = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    item_kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    item_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    unit_price = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    requested_date = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recorded_order_lines", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reported_figures",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    subject = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    metric = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    value = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    unit = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    period_from = table.Column<DateOnly>(type: "date", nullable: true),
                    period_until = table.Column<DateOnly>(type: "date", nullable: true),
                    quote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    assumption = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reported_figures", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "requirement_kind",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    evidence = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    satisfied_by = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    assumption = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_requirement_kind", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "shipment_lead_times",
                columns: table => new
                {
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    month = table.Column<int>(type: "integer", nullable: false),
                    market = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    maker = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    product_group = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    lead_days = table.Column<int>(type: "integer", nullable: false),
                    lines = table.Column<long>(type: "bigint", nullable: false),
                    on_time_lines = table.Column<long>(type: "bigint", nullable: false),
                    units = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipment_lead_times", x => new { x.organisation_id, x.month, x.market, x.maker, x.product_group, x.lead_days });
                });

            migrationBuilder.CreateTable(
                name: "shipment_lines",
                columns: table => new
                {
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line_no = table.Column<long>(type: "bigint", nullable: false),
                    order_no = table.Column<long>(type: "bigint", nullable: false),
                    origin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    order_date = table.Column<DateOnly>(type: "date", nullable: false),
                    ship_date = table.Column<DateOnly>(type: "date", nullable: false),
                    delivery_date = table.Column<DateOnly>(type: "date", nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: false),
                    ship_month = table.Column<int>(type: "integer", nullable: false),
                    market = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    maker = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    item_kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    item_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    product_group = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    units = table.Column<int>(type: "integer", nullable: false),
                    weight_kg = table.Column<long>(type: "bigint", nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    value_minor = table.Column<long>(type: "bigint", nullable: false),
                    value_usd_cents = table.Column<long>(type: "bigint", nullable: false),
                    route_id = table.Column<int>(type: "integer", nullable: false),
                    branch = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    lead_days = table.Column<int>(type: "integer", nullable: false),
                    on_time = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipment_lines", x => new { x.organisation_id, x.line_no });
                });

            migrationBuilder.CreateTable(
                name: "shipment_monthly",
                columns: table => new
                {
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    month = table.Column<int>(type: "integer", nullable: false),
                    market = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    item_kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    item_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    route_id = table.Column<int>(type: "integer", nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    maker = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    product_group = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    branch = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    lines = table.Column<long>(type: "bigint", nullable: false),
                    units = table.Column<long>(type: "bigint", nullable: false),
                    weight_kg = table.Column<long>(type: "bigint", nullable: false),
                    value_minor = table.Column<long>(type: "bigint", nullable: false),
                    value_usd_cents = table.Column<long>(type: "bigint", nullable: false),
                    on_time_lines = table.Column<long>(type: "bigint", nullable: false),
                    lead_days_sum = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipment_monthly", x => new { x.organisation_id, x.month, x.market, x.item_kind, x.item_code, x.route_id, x.currency });
                });

            migrationBuilder.CreateTable(
                name: "shipment_routes",
                columns: table => new
                {
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<int>(type: "integer", nullable: false),
                    origin = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    destination = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    branch = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipment_routes", x => new { x.organisation_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "shipments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    cargo = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    origin = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    destination = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    due = table.Column<DateOnly>(type: "date", nullable: true),
                    legs = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    next_leg = table.Column<int>(type: "integer", nullable: false),
                    eta = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    late = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "targets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    dimension = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    measure = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    until = table.Column<DateOnly>(type: "date", nullable: false),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    assumption = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_targets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "trade_preferences",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    origin_countries = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    customs_union = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    assumption = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trade_preferences", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "transport_services",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    @operator = table.Column<string>(name: "operator", type: "character varying(400)", maxLength: 400, nullable: false),
                    from_node = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    to_node = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    weekdays = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    departure_time = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    transit_hours = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    unit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    assumption = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_transport_services", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "agreement_prices",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    item_kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    item_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    unit_price = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agreement_prices", x => x.id);
                    table.ForeignKey(
                        name: "fk_agreement_prices_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalTable: "agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreement_quantity_ceilings",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    item_codes = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    product_group = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    max_quantity = table.Column<int>(type: "integer", nullable: false),
                    committed = table.Column<int>(type: "integer", nullable: false),
                    delivered = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agreement_quantity_ceilings", x => x.id);
                    table.CheckConstraint("ck_quantity_ceilings_committed", "committed >= 0 AND delivered >= 0");
                    table.ForeignKey(
                        name: "fk_agreement_quantity_ceilings_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalTable: "agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ceiling_overrides",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ceiling_overrides", x => x.id);
                    table.ForeignKey(
                        name: "fk_ceiling_overrides_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalTable: "agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreement_parties",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    counterparty_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agreement_parties", x => x.id);
                    table.ForeignKey(
                        name: "fk_agreement_parties_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalTable: "agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_agreement_parties_counterparties_counterparty_id",
                        column: x => x.counterparty_id,
                        principalTable: "counterparties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: true),
                    buyer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consignee_id = table.Column<Guid>(type: "uuid", nullable: true),
                    origin_node = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    delivery_node = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    market = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    order_date = table.Column<DateOnly>(type: "date", nullable: false),
                    requested_date = table.Column<DateOnly>(type: "date", nullable: false),
                    incoterm = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    committed_minor = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders", x => x.id);
                    table.ForeignKey(
                        name: "fk_orders_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalTable: "agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_orders_counterparties_buyer_id",
                        column: x => x.buyer_id,
                        principalTable: "counterparties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_orders_counterparties_consignee_id",
                        column: x => x.consignee_id,
                        principalTable: "counterparties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "screenings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    counterparty_id = table.Column<Guid>(type: "uuid", nullable: false),
                    counterparty_version = table.Column<int>(type: "integer", nullable: false),
                    trigger = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    query = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    snapshots = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    algorithm_version = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    threshold = table.Column<double>(type: "double precision", nullable: false),
                    screened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    hit_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_screenings", x => x.id);
                    table.ForeignKey(
                        name: "fk_screenings_counterparties_counterparty_id",
                        column: x => x.counterparty_id,
                        principalTable: "counterparties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "trade_partners",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    counterparty_id = table.Column<Guid>(type: "uuid", nullable: false),
                    roles = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trade_partners", x => x.id);
                    table.ForeignKey(
                        name: "fk_trade_partners_counterparties_counterparty_id",
                        column: x => x.counterparty_id,
                        principalTable: "counterparties",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "list_snapshot_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    snapshot_id = table.Column<Guid>(type: "uuid", nullable: false),
                    entry_key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    caption = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    hash = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    payload = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_list_snapshot_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_list_snapshot_entries_list_snapshots_snapshot_id",
                        column: x => x.snapshot_id,
                        principalTable: "list_snapshots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "parts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    maker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    part_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    product_group = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    hs_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    weight_kg = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    unit_price_amount = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: true),
                    unit_price_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    assumption = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_parts", x => x.id);
                    table.ForeignKey(
                        name: "fk_parts_makers_maker_id",
                        column: x => x.maker_id,
                        principalTable: "makers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "vehicle_models",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    maker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    category = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    engine_cc = table.Column<int>(type: "integer", nullable: false),
                    fuel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    emission_class = table.Column<int>(type: "integer", nullable: false),
                    kerb_weight_kg = table.Column<int>(type: "integer", nullable: false),
                    hs_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    list_price_amount = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: true),
                    list_price_currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    assumption = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vehicle_models", x => x.id);
                    table.ForeignKey(
                        name: "fk_vehicle_models_makers_maker_id",
                        column: x => x.maker_id,
                        principalTable: "makers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "border_crossings",
                columns: table => new
                {
                    node = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    from_country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    to_country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    median_delay_hours = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    p90delay_hours = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    assumption = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_border_crossings", x => x.node);
                    table.ForeignKey(
                        name: "fk_border_crossings_network_nodes_node",
                        column: x => x.node,
                        principalTable: "network_nodes",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "network_links",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_node = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    to_node = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    gauge_mm = table.Column<int>(type: "integer", nullable: true),
                    distance_km = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    transit_hours = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    cost_per_vehicle_usd = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    cost_per_tonne_usd = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: false),
                    capacity_vehicles_per_week = table.Column<int>(type: "integer", nullable: true),
                    capacity_tonnes_per_week = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: true),
                    bidirectional = table.Column<bool>(type: "boolean", nullable: false),
                    branch = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    seasonal_closure = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    assumption = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_network_links", x => x.id);
                    table.ForeignKey(
                        name: "fk_network_links_network_nodes_from_node",
                        column: x => x.from_node,
                        principalTable: "network_nodes",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_network_links_network_nodes_to_node",
                        column: x => x.to_node,
                        principalTable: "network_nodes",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    display_name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    password_hash = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    disabled = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_users", x => x.id);
                    table.ForeignKey(
                        name: "fk_users_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "market_rule",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    market = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    effect = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    min_emission_class = table.Column<int>(type: "integer", nullable: true),
                    category_mask = table.Column<int>(type: "integer", nullable: false),
                    categories = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    condition = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    origin = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    legal_reference = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    assumption = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_market_rule", x => x.id);
                    table.ForeignKey(
                        name: "fk_market_rule_markets_market",
                        column: x => x.market,
                        principalTable: "markets",
                        principalColumn: "iso2",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_market_rule_requirement_kind_kind",
                        column: x => x.kind,
                        principalTable: "requirement_kind",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "shipment_route_links",
                columns: table => new
                {
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    route_id = table.Column<int>(type: "integer", nullable: false),
                    seq = table.Column<int>(type: "integer", nullable: false),
                    link_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    from_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    to_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipment_route_links", x => new { x.organisation_id, x.route_id, x.seq });
                    table.ForeignKey(
                        name: "fk_shipment_route_links_shipment_routes_organisation_id_route_",
                        columns: x => new { x.organisation_id, x.route_id },
                        principalTable: "shipment_routes",
                        principalColumns: new[] { "organisation_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "shipment_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    shipment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    node = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    delay_hours = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: true),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipment_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_shipment_events_shipments_shipment_id",
                        column: x => x.shipment_id,
                        principalTable: "shipments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "departures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    service_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    from_node = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    to_node = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    departs_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    arrives_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    unit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    booked = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_departures", x => x.id);
                    table.CheckConstraint("ck_departures_booked_within_capacity", "booked >= 0 AND booked <= capacity");
                    table.ForeignKey(
                        name: "fk_departures_transport_services_service_code",
                        column: x => x.service_code,
                        principalTable: "transport_services",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "order_lines",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line_no = table.Column<int>(type: "integer", nullable: false),
                    item_kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    item_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    unit_price = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_order_lines_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "order_transitions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    order_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    to = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_transitions", x => x.id);
                    table.ForeignKey(
                        name: "fk_order_transitions_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "possible_matches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    screening_id = table.Column<Guid>(type: "uuid", nullable: false),
                    counterparty_id = table.Column<Guid>(type: "uuid", nullable: false),
                    counterparty_version = table.Column<int>(type: "integer", nullable: false),
                    counterparty_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    snapshot_id = table.Column<Guid>(type: "uuid", nullable: false),
                    entry_key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    entry_caption = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    entry_hash = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    score = table.Column<double>(type: "double precision", nullable: false),
                    name_score = table.Column<double>(type: "double precision", nullable: false),
                    explanation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    found_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    decision_reason = table.Column<string>(type: "character varying(1200)", maxLength: 1200, nullable: true),
                    decided_by = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_possible_matches", x => x.id);
                    table.ForeignKey(
                        name: "fk_possible_matches_screenings_screening_id",
                        column: x => x.screening_id,
                        principalTable: "screenings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "certificate",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    model_id = table.Column<Guid>(type: "uuid", nullable: false),
                    market = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: true),
                    certified_emission_class = table.Column<int>(type: "integer", nullable: true),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    assumption = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_certificate", x => x.id);
                    table.ForeignKey(
                        name: "fk_certificate_markets_market",
                        column: x => x.market,
                        principalTable: "markets",
                        principalColumn: "iso2",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_certificate_vehicle_models_model_id",
                        column: x => x.model_id,
                        principalTable: "vehicle_models",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "api_tokens",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    secret_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    prefix = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_tokens", x => x.id);
                    table.ForeignKey(
                        name: "fk_api_tokens_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bookings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    departure_id = table.Column<Guid>(type: "uuid", nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    unit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    cargo = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bookings", x => x.id);
                    table.ForeignKey(
                        name: "fk_bookings_departure_departure_id",
                        column: x => x.departure_id,
                        principalTable: "departures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "certificate_status_change",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    certificate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    effective_on = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_certificate_status_change", x => x.id);
                    table.ForeignKey(
                        name: "fk_certificate_status_change_certificate_certificate_id",
                        column: x => x.certificate_id,
                        principalTable: "certificate",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_agreement_parties_agreement_id",
                table: "agreement_parties",
                column: "agreement_id");

            migrationBuilder.CreateIndex(
                name: "ix_agreement_parties_counterparty_id",
                table: "agreement_parties",
                column: "counterparty_id");

            migrationBuilder.CreateIndex(
                name: "ix_agreement_prices_agreement_id",
                table: "agreement_prices",
                column: "agreement_id");

            migrationBuilder.CreateIndex(
                name: "ix_agreement_quantity_ceilings_agreement_id",
                table: "agreement_quantity_ceilings",
                column: "agreement_id");

            migrationBuilder.CreateIndex(
                name: "ix_agreements_organisation_id",
                table: "agreements",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_agreements_organisation_id_code",
                table: "agreements",
                columns: new[] { "organisation_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_api_tokens_organisation_id",
                table: "api_tokens",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_api_tokens_secret_hash",
                table: "api_tokens",
                column: "secret_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_api_tokens_user_id",
                table: "api_tokens",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_entity_type_entity_key",
                table: "audit_log",
                columns: new[] { "entity_type", "entity_key" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_organisation_id_at",
                table: "audit_log",
                columns: new[] { "organisation_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_departure_id_status",
                table: "bookings",
                columns: new[] { "departure_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_organisation_id",
                table: "bookings",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_ceiling_overrides_agreement_id",
                table: "ceiling_overrides",
                column: "agreement_id");

            migrationBuilder.CreateIndex(
                name: "ix_ceiling_overrides_order_id",
                table: "ceiling_overrides",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_ceiling_overrides_organisation_id",
                table: "ceiling_overrides",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_certificate_market",
                table: "certificate",
                column: "market");

            migrationBuilder.CreateIndex(
                name: "ix_certificate_model_id",
                table: "certificate",
                column: "model_id");

            migrationBuilder.CreateIndex(
                name: "ix_certificate_organisation_id",
                table: "certificate",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_certificate_organisation_id_expires_on",
                table: "certificate",
                columns: new[] { "organisation_id", "expires_on" });

            migrationBuilder.CreateIndex(
                name: "ix_certificate_organisation_id_market_kind_number",
                table: "certificate",
                columns: new[] { "organisation_id", "market", "kind", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_certificate_status_change_certificate_id_effective_on",
                table: "certificate_status_change",
                columns: new[] { "certificate_id", "effective_on" });

            migrationBuilder.CreateIndex(
                name: "ix_certificate_status_change_organisation_id",
                table: "certificate_status_change",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_counterparties_organisation_id",
                table: "counterparties",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_departures_from_node_to_node_departs_at",
                table: "departures",
                columns: new[] { "from_node", "to_node", "departs_at" });

            migrationBuilder.CreateIndex(
                name: "ix_departures_service_code_departs_at",
                table: "departures",
                columns: new[] { "service_code", "departs_at" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_exchange_rates_base_quote_day",
                table: "exchange_rates",
                columns: new[] { "base", "quote", "day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_landed_cost_rules_market_kind",
                table: "landed_cost_rules",
                columns: new[] { "market", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_list_snapshot_entries_snapshot_id_entry_key",
                table: "list_snapshot_entries",
                columns: new[] { "snapshot_id", "entry_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_list_snapshots_source_content_hash",
                table: "list_snapshots",
                columns: new[] { "source", "content_hash" });

            migrationBuilder.CreateIndex(
                name: "ix_list_snapshots_source_is_active",
                table: "list_snapshots",
                columns: new[] { "source", "is_active" });

            migrationBuilder.CreateIndex(
                name: "ix_makers_organisation_id",
                table: "makers",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_makers_organisation_id_code",
                table: "makers",
                columns: new[] { "organisation_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_market_rule_code",
                table: "market_rule",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_market_rule_kind",
                table: "market_rule",
                column: "kind");

            migrationBuilder.CreateIndex(
                name: "ix_market_rule_market_valid_from",
                table: "market_rule",
                columns: new[] { "market", "valid_from" });

            migrationBuilder.CreateIndex(
                name: "ix_network_links_from_node_to_node_mode",
                table: "network_links",
                columns: new[] { "from_node", "to_node", "mode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_network_links_to_node",
                table: "network_links",
                column: "to_node");

            migrationBuilder.CreateIndex(
                name: "ix_order_lines_order_id_line_no",
                table: "order_lines",
                columns: new[] { "order_id", "line_no" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_order_transitions_order_id",
                table: "order_transitions",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_agreement_id",
                table: "orders",
                column: "agreement_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_buyer_id",
                table: "orders",
                column: "buyer_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_consignee_id",
                table: "orders",
                column: "consignee_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_organisation_id",
                table: "orders",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_organisation_id_number",
                table: "orders",
                columns: new[] { "organisation_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organisations_code",
                table: "organisations",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_parts_maker_id",
                table: "parts",
                column: "maker_id");

            migrationBuilder.CreateIndex(
                name: "ix_parts_organisation_id",
                table: "parts",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_parts_organisation_id_part_number",
                table: "parts",
                columns: new[] { "organisation_id", "part_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_possible_matches_counterparty_id_status",
                table: "possible_matches",
                columns: new[] { "counterparty_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_possible_matches_organisation_id",
                table: "possible_matches",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_possible_matches_screening_id",
                table: "possible_matches",
                column: "screening_id");

            migrationBuilder.CreateIndex(
                name: "ix_possible_matches_status_found_at",
                table: "possible_matches",
                columns: new[] { "status", "found_at" });

            migrationBuilder.CreateIndex(
                name: "ix_recorded_order_lines_organisation_id",
                table: "recorded_order_lines",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_recorded_order_lines_organisation_id_order_date",
                table: "recorded_order_lines",
                columns: new[] { "organisation_id", "order_date" });

            migrationBuilder.CreateIndex(
                name: "ix_recorded_order_lines_organisation_id_order_number_line_no",
                table: "recorded_order_lines",
                columns: new[] { "organisation_id", "order_number", "line_no" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_screenings_counterparty_id_screened_at",
                table: "screenings",
                columns: new[] { "counterparty_id", "screened_at" });

            migrationBuilder.CreateIndex(
                name: "ix_screenings_organisation_id",
                table: "screenings",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipment_events_organisation_id",
                table: "shipment_events",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipment_events_shipment_id",
                table: "shipment_events",
                column: "shipment_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipment_lead_times_organisation_id",
                table: "shipment_lead_times",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipment_lines_organisation_id",
                table: "shipment_lines",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipment_lines_organisation_id_ship_month_market",
                table: "shipment_lines",
                columns: new[] { "organisation_id", "ship_month", "market" });

            migrationBuilder.CreateIndex(
                name: "ix_shipment_monthly_organisation_id",
                table: "shipment_monthly",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipment_route_links_organisation_id",
                table: "shipment_route_links",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipment_routes_organisation_id",
                table: "shipment_routes",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipments_organisation_id",
                table: "shipments",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipments_organisation_id_reference",
                table: "shipments",
                columns: new[] { "organisation_id", "reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_targets_organisation_id",
                table: "targets",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_targets_organisation_id_code",
                table: "targets",
                columns: new[] { "organisation_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_trade_partners_counterparty_id",
                table: "trade_partners",
                column: "counterparty_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_trade_partners_organisation_id",
                table: "trade_partners",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_trade_partners_organisation_id_code",
                table: "trade_partners",
                columns: new[] { "organisation_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_users_email",
                table: "users",
                column: "email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_users_organisation_id",
                table: "users",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_vehicle_models_maker_id",
                table: "vehicle_models",
                column: "maker_id");

            migrationBuilder.CreateIndex(
                name: "ix_vehicle_models_organisation_id",
                table: "vehicle_models",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_vehicle_models_organisation_id_code",
                table: "vehicle_models",
                columns: new[] { "organisation_id", "code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agreement_parties");

            migrationBuilder.DropTable(
                name: "agreement_prices");

            migrationBuilder.DropTable(
                name: "agreement_quantity_ceilings");

            migrationBuilder.DropTable(
                name: "api_tokens");

            migrationBuilder.DropTable(
                name: "audit_log");

            migrationBuilder.DropTable(
                name: "bookings");

            migrationBuilder.DropTable(
                name: "border_crossings");

            migrationBuilder.DropTable(
                name: "ceiling_overrides");

            migrationBuilder.DropTable(
                name: "certificate_status_change");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "emission_factors");

            migrationBuilder.DropTable(
                name: "exchange_rates");

            migrationBuilder.DropTable(
                name: "landed_cost_rules");

            migrationBuilder.DropTable(
                name: "list_snapshot_entries");

            migrationBuilder.DropTable(
                name: "market_rule");

            migrationBuilder.DropTable(
                name: "network_links");

            migrationBuilder.DropTable(
                name: "network_scenarios");

            migrationBuilder.DropTable(
                name: "order_lines");

            migrationBuilder.DropTable(
                name: "order_transitions");

            migrationBuilder.DropTable(
                name: "parts");

            migrationBuilder.DropTable(
                name: "possible_matches");

            migrationBuilder.DropTable(
                name: "recorded_order_lines");

            migrationBuilder.DropTable(
                name: "reported_figures");

            migrationBuilder.DropTable(
                name: "shipment_events");

            migrationBuilder.DropTable(
                name: "shipment_lead_times");

            migrationBuilder.DropTable(
                name: "shipment_lines");

            migrationBuilder.DropTable(
                name: "shipment_monthly");

            migrationBuilder.DropTable(
                name: "shipment_route_links");

            migrationBuilder.DropTable(
                name: "targets");

            migrationBuilder.DropTable(
                name: "trade_partners");

            migrationBuilder.DropTable(
                name: "trade_preferences");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "departures");

            migrationBuilder.DropTable(
                name: "certificate");

            migrationBuilder.DropTable(
                name: "list_snapshots");

            migrationBuilder.DropTable(
                name: "requirement_kind");

            migrationBuilder.DropTable(
                name: "network_nodes");

            migrationBuilder.DropTable(
                name: "orders");

            migrationBuilder.DropTable(
                name: "screenings");

            migrationBuilder.DropTable(
                name: "shipments");

            migrationBuilder.DropTable(
                name: "shipment_routes");

            migrationBuilder.DropTable(
                name: "organisations");

            migrationBuilder.DropTable(
                name: "transport_services");

            migrationBuilder.DropTable(
                name: "markets");

            migrationBuilder.DropTable(
                name: "vehicle_models");

            migrationBuilder.DropTable(
                name: "agreements");

            migrationBuilder.DropTable(
                name: "counterparties");

            migrationBuilder.DropTable(
                name: "makers");
        }
    }
}
