using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HerstelWerk.Volunteers.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class VolunteerRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "buddy_requests",
                columns: table => new
                {
                    trajectory_id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    buddy_assignment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_buddy_requests", x => x.trajectory_id);
                });

            migrationBuilder.CreateTable(
                name: "course_runs",
                columns: table => new
                {
                    course_run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    course_type_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    facility_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    trainer_volunteer_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    trainers_revision = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_course_runs", x => x.course_run_id);
                });

            migrationBuilder.CreateTable(
                name: "volunteers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    region = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    availability = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    roles = table.Column<List<string>>(type: "text[]", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status_since = table.Column<DateOnly>(type: "date", nullable: false),
                    applied_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_vog_issued_on = table.Column<DateOnly>(type: "date", nullable: true),
                    vog_recheck_raised_for = table.Column<DateOnly>(type: "date", nullable: true),
                    revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_volunteers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "activities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    minutes = table.Column<int>(type: "integer", nullable: false),
                    source_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activities", x => x.id);
                    table.ForeignKey(
                        name: "fk_activities_volunteers_volunteer_id",
                        column: x => x.volunteer_id,
                        principalTable: "volunteers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assignments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assignments", x => x.id);
                    table.ForeignKey(
                        name: "fk_assignments_volunteers_volunteer_id",
                        column: x => x.volunteer_id,
                        principalTable: "volunteers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "facility_access",
                columns: table => new
                {
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    facility_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    granted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    revoked_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_facility_access", x => new { x.volunteer_id, x.facility_id });
                    table.ForeignKey(
                        name: "fk_facility_access_volunteers_volunteer_id",
                        column: x => x.volunteer_id,
                        principalTable: "volunteers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "trainings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    training = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    qualifies_for = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trainings", x => x.id);
                    table.ForeignKey(
                        name: "fk_trainings_volunteers_volunteer_id",
                        column: x => x.volunteer_id,
                        principalTable: "volunteers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "vog_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_on = table.Column<DateOnly>(type: "date", nullable: false),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vog_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_vog_requests_volunteers_volunteer_id",
                        column: x => x.volunteer_id,
                        principalTable: "volunteers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "volunteer_status_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    since = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_volunteer_status_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_volunteer_status_history_volunteers_volunteer_id",
                        column: x => x.volunteer_id,
                        principalTable: "volunteers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_activities_source_key",
                table: "activities",
                column: "source_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_activities_volunteer_id_on",
                table: "activities",
                columns: new[] { "volunteer_id", "on" });

            migrationBuilder.CreateIndex(
                name: "ix_assignments_participant_id",
                table: "assignments",
                column: "participant_id");

            migrationBuilder.CreateIndex(
                name: "ix_assignments_volunteer_id",
                table: "assignments",
                column: "volunteer_id");

            migrationBuilder.CreateIndex(
                name: "ix_buddy_requests_participant_id",
                table: "buddy_requests",
                column: "participant_id");

            migrationBuilder.CreateIndex(
                name: "ix_buddy_requests_started_on",
                table: "buddy_requests",
                column: "started_on");

            migrationBuilder.CreateIndex(
                name: "ix_course_runs_starts_on",
                table: "course_runs",
                column: "starts_on");

            migrationBuilder.CreateIndex(
                name: "ix_facility_access_facility_id",
                table: "facility_access",
                column: "facility_id");

            migrationBuilder.CreateIndex(
                name: "ix_trainings_volunteer_id",
                table: "trainings",
                column: "volunteer_id");

            migrationBuilder.CreateIndex(
                name: "ix_vog_requests_volunteer_id",
                table: "vog_requests",
                column: "volunteer_id");

            migrationBuilder.CreateIndex(
                name: "ix_volunteer_status_history_volunteer_id",
                table: "volunteer_status_history",
                column: "volunteer_id");

            migrationBuilder.CreateIndex(
                name: "ix_volunteers_full_name",
                table: "volunteers",
                column: "full_name");

            migrationBuilder.CreateIndex(
                name: "ix_volunteers_region",
                table: "volunteers",
                column: "region");

            migrationBuilder.CreateIndex(
                name: "ix_volunteers_roles",
                table: "volunteers",
                column: "roles")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_volunteers_status",
                table: "volunteers",
                column: "status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activities");

            migrationBuilder.DropTable(
                name: "assignments");

            migrationBuilder.DropTable(
                name: "buddy_requests");

            migrationBuilder.DropTable(
                name: "course_runs");

            migrationBuilder.DropTable(
                name: "facility_access");

            migrationBuilder.DropTable(
                name: "trainings");

            migrationBuilder.DropTable(
                name: "vog_requests");

            migrationBuilder.DropTable(
                name: "volunteer_status_history");

            migrationBuilder.DropTable(
                name: "volunteers");
        }
    }
}
