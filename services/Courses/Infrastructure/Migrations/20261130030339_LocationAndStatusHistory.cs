using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HerstelWerk.Courses.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class LocationAndStatusHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "released_on",
                table: "participants",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "participants",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "participant_locations",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    facility_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    from_date = table.Column<DateOnly>(type: "date", nullable: false),
                    until_date = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_participant_locations", x => x.id);
                    table.ForeignKey(
                        name: "fk_participant_locations_facilities_facility_id",
                        column: x => x.facility_id,
                        principalTable: "facilities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_participant_locations_participants_participant_id",
                        column: x => x.participant_id,
                        principalTable: "participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "participant_status_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    effective_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_participant_status_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_participant_status_history_participants_participant_id",
                        column: x => x.participant_id,
                        principalTable: "participants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_participants_status",
                table: "participants",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_participant_locations_facility_id",
                table: "participant_locations",
                column: "facility_id");

            migrationBuilder.CreateIndex(
                name: "ix_participant_locations_participant_id_from_date",
                table: "participant_locations",
                columns: new[] { "participant_id", "from_date" });

            migrationBuilder.CreateIndex(
                name: "ix_participant_status_history_participant_id_effective_on",
                table: "participant_status_history",
                columns: new[] { "participant_id", "effective_on" });

            // Participants from before the history existed: registered on their intake day, at their facility.
            migrationBuilder.Sql("""
                UPDATE participants SET status = 'Registered' WHERE status = '';
                INSERT INTO participant_locations (participant_id, facility_id, from_date)
                    SELECT id, facility_id, registered_at::date FROM participants WHERE facility_id IS NOT NULL;
                INSERT INTO participant_status_history (participant_id, status, effective_on, recorded_at)
                    SELECT id, 'Registered', registered_at::date, registered_at FROM participants;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "participant_locations");

            migrationBuilder.DropTable(
                name: "participant_status_history");

            migrationBuilder.DropIndex(
                name: "ix_participants_status",
                table: "participants");

            migrationBuilder.DropColumn(
                name: "released_on",
                table: "participants");

            migrationBuilder.DropColumn(
                name: "status",
                table: "participants");
        }
    }
}
