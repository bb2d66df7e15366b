using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HerstelWerk.Aftercare.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Trajectories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "buddy_assignments",
                columns: table => new
                {
                    assignment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: true),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_buddy_assignments", x => x.assignment_id);
                });

            migrationBuilder.CreateTable(
                name: "employments",
                columns: table => new
                {
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: true),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    end_reason = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employments", x => x.placement_id);
                });

            migrationBuilder.CreateTable(
                name: "trajectories",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    facility_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    released_on = table.Column<DateOnly>(type: "date", nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    planned_end_on = table.Column<DateOnly>(type: "date", nullable: false),
                    origin = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    buddy_volunteer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    buddy_assignment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    buddy_since = table.Column<DateOnly>(type: "date", nullable: true),
                    first_contact_on = table.Column<DateOnly>(type: "date", nullable: true),
                    last_contact_on = table.Column<DateOnly>(type: "date", nullable: true),
                    next_contact_due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    overdue_raised_for = table.Column<DateOnly>(type: "date", nullable: true),
                    overdue_periods = table.Column<int>(type: "integer", nullable: false),
                    consent_withdrawn_on = table.Column<DateOnly>(type: "date", nullable: true),
                    erased_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    close_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trajectories", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "condition_updates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    trajectory_id = table.Column<Guid>(type: "uuid", nullable: false),
                    condition = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_condition_updates", x => x.id);
                    table.ForeignKey(
                        name: "fk_condition_updates_trajectories_trajectory_id",
                        column: x => x.trajectory_id,
                        principalTable: "trajectories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contacts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    trajectory_id = table.Column<Guid>(type: "uuid", nullable: false),
                    party = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    employer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reached = table.Column<bool>(type: "boolean", nullable: false),
                    made_by_volunteer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    made_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contacts", x => x.id);
                    table.ForeignKey(
                        name: "fk_contacts_trajectories_trajectory_id",
                        column: x => x.trajectory_id,
                        principalTable: "trajectories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "planned_end_extensions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    trajectory_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_planned_end_extensions", x => x.id);
                    table.ForeignKey(
                        name: "fk_planned_end_extensions_trajectories_trajectory_id",
                        column: x => x.trajectory_id,
                        principalTable: "trajectories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_buddy_assignments_participant_id",
                table: "buddy_assignments",
                column: "participant_id");

            migrationBuilder.CreateIndex(
                name: "ix_condition_updates_trajectory_id",
                table: "condition_updates",
                column: "trajectory_id");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_trajectory_id_party_on",
                table: "contacts",
                columns: new[] { "trajectory_id", "party", "on" });

            migrationBuilder.CreateIndex(
                name: "ix_employments_participant_id",
                table: "employments",
                column: "participant_id");

            migrationBuilder.CreateIndex(
                name: "ix_planned_end_extensions_trajectory_id",
                table: "planned_end_extensions",
                column: "trajectory_id");

            migrationBuilder.CreateIndex(
                name: "ix_trajectories_closed_on_buddy_volunteer_id_started_on",
                table: "trajectories",
                columns: new[] { "closed_on", "buddy_volunteer_id", "started_on" });

            migrationBuilder.CreateIndex(
                name: "ix_trajectories_closed_on_next_contact_due_on",
                table: "trajectories",
                columns: new[] { "closed_on", "next_contact_due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_trajectories_one_open_per_participant",
                table: "trajectories",
                column: "participant_id",
                unique: true,
                filter: "closed_on IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "buddy_assignments");

            migrationBuilder.DropTable(
                name: "condition_updates");

            migrationBuilder.DropTable(
                name: "contacts");

            migrationBuilder.DropTable(
                name: "employments");

            migrationBuilder.DropTable(
                name: "planned_end_extensions");

            migrationBuilder.DropTable(
                name: "trajectories");
        }
    }
}
