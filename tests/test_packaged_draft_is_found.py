"""Headquarters looks for a rig's draft that came in a package, typing without diacritics: `initiative
list --search "bom ep via"` finds it as `initiative show` does, whether the rig's package came
straight or through its union (drafts are listed like any other status). A guard while the
import is being made faster: its search text must be filled as a clerk's save fills it."""

from __future__ import annotations

import json

import pytest

from desktop.__main__ import main

REG_NO = "VSP-TD03-2022-0001"


def run(*args) -> int:
    return main([str(a) for a in args])


@pytest.mark.parametrize("through_union", [False, True])
def test_a_packaged_draft_is_found_by_a_folded_search(tmp_path, capsys, through_union):
    hq, union, site = tmp_path / "hq.db", tmp_path / "vsp.db", tmp_path / "site.db"
    spec = tmp_path / "sk.json"
    spec.write_text(
        json.dumps(
            {
                "title": "Bơm ép vỉa cải tiến trên giàn Tam Đảo 03",
                "solution_type": "technical",
                "unit_id": "VSP-TD03",
                "registered_on": "2022-10-15",
                "authors": [
                    {"full_name": "Nguyễn Văn An", "birth_date": "1985-03-02", "share": 100}
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    assert run("--db", hq, "init", "--unit", "CDDKVN") == 0
    if through_union:
        assert run("--db", hq, "enroll", "VSP", "-o", tmp_path / "vsp.skp") == 0
        assert run("--db", union, "init", "--from", tmp_path / "vsp.skp") == 0
        parent, parent_code = union, "VSP"
    else:
        parent, parent_code = hq, "CDDKVN"
    assert run("--db", parent, "enroll", "VSP-TD03", "-o", tmp_path / "td03.skp") == 0
    assert run("--db", site, "init", "--from", tmp_path / "td03.skp") == 0
    assert run("--db", site, "initiative", "add", spec) == 0
    assert run("--db", site, "export", "--to", parent_code, "-o", tmp_path / "s.skp") == 0
    assert run("--db", parent, "import", tmp_path / "s.skp") == 0
    if through_union:
        assert run("--db", union, "export", "--to", "CDDKVN", "-o", tmp_path / "u.skp") == 0
        assert run("--db", hq, "import", tmp_path / "u.skp") == 0
    capsys.readouterr()

    assert run("--db", hq, "initiative", "list", "--search", "bom ep via", "--json") == 0
    found = json.loads(capsys.readouterr().out)
    assert [(i["reg_no"], i["status"]) for i in found] == [(REG_NO, "draft")]
    assert run("--db", hq, "initiative", "list", "--search", "nguyen van an", "--json") == 0
    assert [i["reg_no"] for i in json.loads(capsys.readouterr().out)] == [REG_NO]
