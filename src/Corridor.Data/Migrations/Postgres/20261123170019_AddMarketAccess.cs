using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddMarketAccess : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "certificate_status_change");

            migrationBuilder.DropTable(
                name: "market_rule");

            migrationBuilder.DropTable(
                name: "certificate");

            migrationBuilder.DropTable(
                name: "requirement_kind");
        }
    }
}
