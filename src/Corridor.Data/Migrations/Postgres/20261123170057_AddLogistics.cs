using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddLogistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "ix_bookings_departure_id_status",
                table: "bookings",
                columns: new[] { "departure_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_bookings_organisation_id",
                table: "bookings",
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
                name: "ix_network_links_from_node_to_node_mode",
                table: "network_links",
                columns: new[] { "from_node", "to_node", "mode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_network_links_to_node",
                table: "network_links",
                column: "to_node");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bookings");

            migrationBuilder.DropTable(
                name: "border_crossings");

            migrationBuilder.DropTable(
                name: "emission_factors");

            migrationBuilder.DropTable(
                name: "network_links");

            migrationBuilder.DropTable(
                name: "departures");

            migrationBuilder.DropTable(
                name: "network_nodes");

            migrationBuilder.DropTable(
                name: "transport_services");
        }
    }
}
