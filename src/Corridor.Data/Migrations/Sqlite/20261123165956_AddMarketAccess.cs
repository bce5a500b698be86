using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Migrations.Sqlite
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
