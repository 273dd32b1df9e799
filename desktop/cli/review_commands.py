"""A council's decision on the command line: `sangkien review UID ...`.

    sangkien --db hq.db review VSP-TD03-2022-0001 --level industry --council "Hội đồng sáng kiến
        CĐ DKVN" --scores 8,9,7 --outcome recognised --decision-no 125/QĐ-CĐDK
        --decision-date 2023-05-10

The same rules as the review dialog (db.queries.reviews.record_review): scores 0..MAX, all three
or none, a recognition needs its decision number and date, the status moves along the flow.
"""

from __future__ import annotations

import argparse

from db.validation import SCORE_FIELDS
from db.vocab import GRADE, REVIEW_LEVEL, REVIEW_OUTCOME, STATUS
from desktop.cli.common import CliError, add_json_flag, date_argument, print_json
from desktop.words import Texts, arg, current_language

CliReview = Texts("CliReview")


def register(subcommands: argparse._SubParsersAction) -> None:
    review = subcommands.add_parser(
        "review",
        help=CliReview.tr("ghi kết quả xét duyệt của hội đồng (điểm, kết quả, quyết định)"),
        description=CliReview.tr(
            "Ghi một lần xét duyệt: cấp, hội đồng, ba điểm (tính mới, khả năng áp dụng, "
            "hiệu quả), kết quả và quyết định. Công nhận đưa sáng kiến sang 'Đã công nhận'."
        ),
    )
    review.add_argument("uid", metavar="UID", help=CliReview.tr("id hoặc số đăng ký của sáng kiến"))
    review.add_argument("--level", required=True, choices=REVIEW_LEVEL.codes())
    review.add_argument("--council", metavar="TEXT", help=CliReview.tr("tên hội đồng"))
    review.add_argument(
        "--reviewed-on", type=date_argument, metavar="DATE", help=CliReview.tr("ngày họp")
    )
    review.add_argument(
        "--scores",
        metavar="N,N,N",
        help=CliReview.tr("điểm tính mới, khả năng áp dụng, hiệu quả"),
    )
    review.add_argument("--outcome", choices=REVIEW_OUTCOME.codes())
    review.add_argument("--decision-no", metavar="TEXT", help=CliReview.tr("số quyết định"))
    review.add_argument(
        "--decision-date",
        type=date_argument,
        metavar="DATE",
        help=CliReview.tr("ngày quyết định"),
    )
    review.add_argument("--reason", metavar="TEXT", help=CliReview.tr("lý do, nhận xét"))
    review.add_argument(
        "--actor", metavar="NAME", help=CliReview.tr("người thực hiện, ghi vào nhật ký")
    )
    add_json_flag(review)
    review.set_defaults(handler=cmd_review)


def parse_scores(text: str | None) -> dict[str, int]:
    if text is None:
        return {}
    parts = [part.strip() for part in text.split(",")]
    if len(parts) != len(SCORE_FIELDS) or not all(part.isdigit() for part in parts):
        raise CliError(
            arg(
                CliReview.tr(
                    "--scores cần ba số nguyên cách nhau bởi dấu phẩy, ví dụ 8,9,7 (đang là '%1')."
                ),
                text,
            )
        )
    return dict(zip(SCORE_FIELDS, (int(part) for part in parts), strict=True))


def review_values(args: argparse.Namespace) -> dict:
    values = {
        "level": args.level,
        "council": args.council,
        "reviewed_on": args.reviewed_on,
        "outcome": args.outcome,
        "decision_no": args.decision_no,
        "decision_date": args.decision_date,
        "reason": args.reason,
        **parse_scores(args.scores),
    }
    return {key: value for key, value in values.items() if value is not None}


def cmd_review(args: argparse.Namespace) -> int:
    from db.queries.initiatives import initiative_by_key
    from db.queries.reviews import record_review
    from desktop.cli.common import actor_name
    from desktop.cli.initiative_commands import writing

    values = review_values(args)
    with writing(args) as session:
        initiative = initiative_by_key(session, args.uid)
        review = record_review(session, initiative.id, values, actor_name(args))
        reg_no, status = initiative.reg_no, initiative.status
        summary = {
            "id": review.id,
            "initiative": reg_no,
            "level": review.level,
            "total": review.total,
            "grade": review.grade,
            "outcome": review.outcome,
            "decision_no": review.decision_no,
            "decision_date": review.decision_date,
            "status": status,
        }
    if args.json:
        print_json(summary)
        return 0
    lang = current_language()
    level = REVIEW_LEVEL.label(args.level, lang)
    if summary["total"] is None:
        print(arg(CliReview.tr("Đã ghi xét duyệt %1 cho %2."), level, reg_no))
    else:
        print(
            arg(
                CliReview.tr("Đã ghi xét duyệt %1 cho %2, tổng điểm %3 (%4)."),
                level,
                reg_no,
                summary["total"],
                GRADE.label(summary["grade"], lang),
            )
        )
    print(arg(CliReview.tr("Trạng thái: %1."), STATUS.label(status, lang)))
    return 0
