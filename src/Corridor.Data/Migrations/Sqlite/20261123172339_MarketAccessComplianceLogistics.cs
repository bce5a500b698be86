using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MarketAccessComplianceLogistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "certificate",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    model_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    market = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    issuer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    issued_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    certified_emission_class = table.Column<int>(type: "INTEGER", nullable: true),
                    source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    assumption = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
                name: "counterparties",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    other_names = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    birth_date = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    identifiers = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_counterparties", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "emission_factors",
                columns: table => new
                {
                    mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    grams_co2e_per_tonne_km = table.Column<decimal>(type: "TEXT", precision: 24, scale: 6, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    assumption = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_emission_factors", x => x.mode);
                });

            migrationBuilder.CreateTable(
                name: "list_snapshots",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    published_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    content_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    imported_at = table.Column<long>(type: "INTEGER", nullable: false),
                    imported_by = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    entry_count = table.Column<int>(type: "INTEGER", nullable: false),
                    previous_snapshot_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false),
                    added_count = table.Column<int>(type: "INTEGER", nullable: false),
                    removed_count = table.Column<int>(type: "INTEGER", nullable: false),
                    changed_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_list_snapshots", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "network_nodes",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    latitude = table.Column<double>(type: "REAL", nullable: false),
                    longitude = table.Column<double>(type: "REAL", nullable: false),
                    gauges = table.Column<int>(type: "INTEGER", nullable: false),
                    handling_hours = table.Column<decimal>(type: "TEXT", precision: 24, scale: 6, nullable: false),
                    transshipments = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    assumption = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_network_nodes", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "requirement_kind",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    evidence = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    satisfied_by = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    assumption = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_requirement_kind", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "transport_services",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    @operator = table.Column<string>(name: "operator", type: "TEXT", maxLength: 400, nullable: false),
                    from_node = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    to_node = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    weekdays = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    departure_time = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    transit_hours = table.Column<decimal>(type: "TEXT", precision: 24, scale: 6, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    assumption = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_transport_services", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "certificate_status_change",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    certificate_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    effective_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "screenings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    counterparty_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    counterparty_version = table.Column<int>(type: "INTEGER", nullable: false),
                    trigger = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    query = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    snapshots = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    algorithm_version = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    threshold = table.Column<double>(type: "REAL", nullable: false),
                    screened_at = table.Column<long>(type: "INTEGER", nullable: false),
                    hit_count = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "list_snapshot_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    snapshot_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    entry_key = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    caption = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    hash = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    payload = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: false)
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
                name: "border_crossings",
                columns: table => new
                {
                    node = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    from_country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    to_country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    median_delay_hours = table.Column<decimal>(type: "TEXT", precision: 24, scale: 6, nullable: false),
                    p90delay_hours = table.Column<decimal>(type: "TEXT", precision: 24, scale: 6, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    assumption = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    from_node = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    to_node = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    gauge_mm = table.Column<int>(type: "INTEGER", nullable: true),
                    distance_km = table.Column<decimal>(type: "TEXT", precision: 24, scale: 6, nullable: false),
                    transit_hours = table.Column<decimal>(type: "TEXT", precision: 24, scale: 6, nullable: false),
                    cost_per_vehicle_usd = table.Column<decimal>(type: "TEXT", precision: 24, scale: 6, nullable: false),
                    cost_per_tonne_usd = table.Column<decimal>(type: "TEXT", precision: 24, scale: 6, nullable: false),
                    capacity_vehicles_per_week = table.Column<int>(type: "INTEGER", nullable: true),
                    capacity_tonnes_per_week = table.Column<decimal>(type: "TEXT", precision: 24, scale: 6, nullable: true),
                    bidirectional = table.Column<bool>(type: "INTEGER", nullable: false),
                    branch = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    seasonal_closure = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    assumption = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
                name: "market_rule",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    market = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    effect = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    min_emission_class = table.Column<int>(type: "INTEGER", nullable: true),
                    category_mask = table.Column<int>(type: "INTEGER", nullable: false),
                    categories = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    condition = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    origin = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    valid_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    legal_reference = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    assumption = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
                name: "departures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    service_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    from_node = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    to_node = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    departs_at = table.Column<long>(type: "INTEGER", nullable: false),
                    arrives_at = table.Column<long>(type: "INTEGER", nullable: false),
                    capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    booked = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "possible_matches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    screening_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    counterparty_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    counterparty_version = table.Column<int>(type: "INTEGER", nullable: false),
                    counterparty_name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    snapshot_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    entry_key = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    entry_caption = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    entry_hash = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    score = table.Column<double>(type: "REAL", nullable: false),
                    name_score = table.Column<double>(type: "REAL", nullable: false),
                    explanation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    found_at = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    decision_reason = table.Column<string>(type: "TEXT", maxLength: 1200, nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    decided_at = table.Column<long>(type: "INTEGER", nullable: true)
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
                name: "bookings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    departure_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    cargo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    cancelled_at = table.Column<long>(type: "INTEGER", nullable: true)
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

            migrationBuilder.CreateIndex(
                name: "ix_bookings_departure_id_status",
                table: "bookings",
                columns: new[] { "departure_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_organisation_id",
                table: "bookings",
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
                name: "ix_screenings_counterparty_id_screened_at",
                table: "screenings",
                columns: new[] { "counterparty_id", "screened_at" });

            migrationBuilder.CreateIndex(
                name: "ix_screenings_organisation_id",
                table: "screenings",
                column: "organisation_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bookings");

            migrationBuilder.DropTable(
                name: "border_crossings");

            migrationBuilder.DropTable(
                name: "certificate_status_change");

            migrationBuilder.DropTable(
                name: "emission_factors");

            migrationBuilder.DropTable(
                name: "list_snapshot_entries");

            migrationBuilder.DropTable(
                name: "market_rule");

            migrationBuilder.DropTable(
                name: "network_links");

            migrationBuilder.DropTable(
                name: "possible_matches");

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
                name: "screenings");

            migrationBuilder.DropTable(
                name: "transport_services");

            migrationBuilder.DropTable(
                name: "counterparties");
        }
    }
}
