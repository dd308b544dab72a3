"""Agency names: canonical forms, types, jurisdictions, recognition (real names from the corpus)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from policykg.extract.agencies import (
    canonical_agency,
    find_agencies,
    is_agency_name,
    is_known_place,
    is_level_body,
    is_post,
    is_section_name,
    jurisdiction_of,
    prefixed_name,
    table_names,
)
from policykg.extract.components import agency_at_start, agency_nlp, agency_spans, char_doc
from policykg.extract.records import AgencyType

JIAXING = ("嘉兴市人民政府办公室",)
STATE_COUNCIL = ("国务院",)
SHANGHAI = ("上海市人民政府办公厅",)
JIADING = ("上海市嘉定区人民政府办公室",)
HUANGPU = ("黄浦区发展和改革委员会", "黄浦区建设和管理委员会")
HUNAN = ("湖南省人民政府",)


@pytest.mark.parametrize(
    ("name", "issuer", "canonical", "kind", "known"),
    [
        ("市科技局", JIAXING, "嘉兴市科学技术局", AgencyType.GOVERNMENT, True),
        ("嘉兴市科技局", JIAXING, "嘉兴市科学技术局", AgencyType.GOVERNMENT, True),
        ("嘉兴市科学技术局", (), "嘉兴市科学技术局", AgencyType.GOVERNMENT, True),
        ("市金融办", JIAXING, "嘉兴市人民政府金融工作办公室", AgencyType.GOVERNMENT, True),
        ("市人社保局", JIAXING, "嘉兴市人力资源和社会保障局", AgencyType.GOVERNMENT, True),
        ("市人力社保局", JIAXING, "嘉兴市人力资源和社会保障局", AgencyType.GOVERNMENT, True),
        ("市发展改革委", JIAXING, "嘉兴市发展和改革委员会", AgencyType.GOVERNMENT, True),
        ("市委组织部", JIAXING, "中共嘉兴市委组织部", AgencyType.PARTY, True),
        ("中共嘉兴市委组织部", (), "中共嘉兴市委组织部", AgencyType.PARTY, True),
        ("市科创人才集团", JIAXING, "嘉兴市科创人才集团", AgencyType.SOE, False),
        (
            "国家金融监督管理总局嘉兴监管分局",
            JIAXING,
            "国家金融监督管理总局嘉兴监管分局",
            AgencyType.BRANCH,
            True,
        ),
        ("嘉兴金融监管分局", JIAXING, "国家金融监督管理总局嘉兴监管分局", AgencyType.BRANCH, True),
        ("市咨询委", JIAXING, "嘉兴市人民政府咨询委员会", AgencyType.GOVERNMENT, True),
        ("各县（市、区）", JIAXING, "嘉兴市各县（市、区）人民政府", AgencyType.LOWER_GOVERNMENT, True),
        ("各县(市、区)人民政府", JIAXING, "嘉兴市各县（市、区）人民政府", AgencyType.LOWER_GOVERNMENT, True),
        # the county tier by several level words, a bracket inside or none: 各县（市）区, 各旗县（市、区）, 各县市区
        ("各县(市)区", JIAXING, "嘉兴市各县（市）区人民政府", AgencyType.LOWER_GOVERNMENT, True),
        ("各县（市）区政府", JIAXING, "嘉兴市各县（市）区人民政府", AgencyType.LOWER_GOVERNMENT, True),
        ("各旗县（市、区）", (), "各旗县（市、区）人民政府", AgencyType.LOWER_GOVERNMENT, True),
        ("各县市区", (), "各县市区人民政府", AgencyType.LOWER_GOVERNMENT, True),
        ("各市（州）", (), "各市（州）", AgencyType.LOWER_GOVERNMENT, True),
        ("省发展改革委", HUNAN, "湖南省发展和改革委员会", AgencyType.GOVERNMENT, True),
        ("发展改革委", STATE_COUNCIL, "国家发展和改革委员会", AgencyType.GOVERNMENT, True),
        ("人力资源社会保障部", STATE_COUNCIL, "人力资源和社会保障部", AgencyType.GOVERNMENT, True),
        # the State Council's statutory wording (国发〔2019〕4号)
        ("国务院教育行政部门", STATE_COUNCIL, "教育部", AgencyType.GOVERNMENT, True),
        (
            "国务院人力资源社会保障行政部门",
            STATE_COUNCIL,
            "人力资源和社会保障部",
            AgencyType.GOVERNMENT,
            True,
        ),
        ("中央统战部", STATE_COUNCIL, "中共中央统一战线工作部", AgencyType.PARTY, True),
        # ministries before the 2018 reform, as documents of their time name them
        ("环保部", STATE_COUNCIL, "环境保护部", AgencyType.GOVERNMENT, True),
        ("国家卫生计生委", STATE_COUNCIL, "国家卫生和计划生育委员会", AgencyType.GOVERNMENT, True),
        ("国家质检总局", STATE_COUNCIL, "国家质量监督检验检疫总局", AgencyType.GOVERNMENT, True),
        ("各省级人民政府", STATE_COUNCIL, "各省级人民政府", AgencyType.LOWER_GOVERNMENT, True),
        ("中国铁路总公司", STATE_COUNCIL, "中国国家铁路集团有限公司", AgencyType.SOE, True),
        ("市住房城乡建设管理委", SHANGHAI, "上海市住房和城乡建设管理委员会", AgencyType.GOVERNMENT, True),
        ("各区政府", SHANGHAI, "上海市各区人民政府", AgencyType.LOWER_GOVERNMENT, True),
        ("区建设管理委", JIADING, "上海市嘉定区建设和管理委员会", AgencyType.GOVERNMENT, True),
        ("市规划资源局", JIADING, "上海市规划和自然资源局", AgencyType.GOVERNMENT, True),
        ("区建管委", HUANGPU, "上海市黄浦区建设和管理委员会", AgencyType.GOVERNMENT, True),
        # a prefecture-level city's province, from the shipped place table
        ("省发展改革委", JIAXING, "浙江省发展和改革委员会", AgencyType.GOVERNMENT, True),
        (
            "省发展改革委",
            ("恩施土家族苗族自治州人民政府",),
            "湖北省发展和改革委员会",
            AgencyType.GOVERNMENT,
            True,
        ),
        # a town or subdistrict written alone belongs to the district the issuer names
        ("打浦桥街道管理办", HUANGPU, "上海市黄浦区打浦桥街道管理办", AgencyType.LOWER_GOVERNMENT, False),
        ("打浦桥街道管理办", SHANGHAI, "打浦桥街道管理办", AgencyType.LOWER_GOVERNMENT, False),
        (
            "江宁路街道",
            ("上海市静安区人民政府办公室",),
            "上海市静安区江宁路街道",
            AgencyType.LOWER_GOVERNMENT,
            False,
        ),
        (
            "各相关街镇",  # the towns concerned, not every town
            ("上海市静安区人民政府办公室",),
            "上海市静安区各相关街镇",
            AgencyType.LOWER_GOVERNMENT,
            True,
        ),
        # the same group with 各 left unwritten (a progress table's 责任主体 cell: 市政局、相关街道)
        (
            "相关街镇",
            ("上海市静安区人民政府办公室",),
            "上海市静安区各相关街镇",
            AgencyType.LOWER_GOVERNMENT,
            True,
        ),
        ("有关镇街", ("南通市崇川区人民政府",), "南通市崇川区各有关镇街", AgencyType.LOWER_GOVERNMENT, True),
        ("市交通委（市道运局）", SHANGHAI, "上海市交通委员会", AgencyType.GOVERNMENT, True),
        ("嘉兴市绿化市容局", (), "嘉兴市绿化和市容管理局", AgencyType.GOVERNMENT, True),
        ("市税务局", JIAXING, "国家税务总局嘉兴市税务局", AgencyType.BRANCH, True),
        # short forms of the central bank's local branch: the level the prefix names
        ("市人行", JIAXING, "中国人民银行嘉兴市中心支行", AgencyType.BRANCH, True),
        ("嘉兴市人民银行", (), "中国人民银行嘉兴市中心支行", AgencyType.BRANCH, True),
        ("人民银行嘉兴市中心支行", (), "中国人民银行嘉兴市中心支行", AgencyType.BRANCH, True),
        # a vertical branch named bare in a local document: the one at the issuer's own level
        ("税务局", ("鞍山市立山区人民政府",), "国家税务总局鞍山市立山区税务局", AgencyType.BRANCH, True),
        # short forms the tables lacked
        ("区市场局", ("鞍山市立山区人民政府",), "鞍山市立山区市场监督管理局", AgencyType.GOVERNMENT, True),
        ("市行政审批服务局", ("咸阳市人民政府",), "咸阳市行政审批局", AgencyType.GOVERNMENT, True),
        # the levels of autonomous regions: 旗 a county, 盟 and 州 a city (hand-written names)
        ("旗财政局", ("鄂温克族自治旗人民政府",), "鄂温克族自治旗财政局", AgencyType.GOVERNMENT, True),
        ("盟发改委", ("锡林郭勒盟行政公署",), "锡林郭勒盟发展和改革委员会", AgencyType.GOVERNMENT, True),
        ("州民政局", ("恩施土家族苗族自治州人民政府",), "恩施土家族苗族自治州民政局", AgencyType.GOVERNMENT, True),
        ("旗政府督查室", ("鄂温克族自治旗人民政府",), "鄂温克族自治旗政府督查室", AgencyType.GOVERNMENT, False),
        # a department written with no level: the issuer's own level's, known to the tables or not
        ("政府督查室", ("互助土族自治县人民政府办公室",), "互助土族自治县政府督查室", AgencyType.GOVERNMENT, False),
        ("监察局", ("阿荣旗人民政府",), "阿荣旗监察局", AgencyType.GOVERNMENT, False),
        ("公安青浦分局", ("上海市青浦区人民政府",), "公安青浦分局", AgencyType.GOVERNMENT, False),
        ("政府督查室", (), "政府督查室", AgencyType.GOVERNMENT, False),
        # a level and a bare field word: that level's department of the field (dev 32 writes 市财政 so,
        # dev 10 中央财政); a province's is a 厅
        ("市财政", JIAXING, "嘉兴市财政局", AgencyType.GOVERNMENT, True),
        ("省财政", HUNAN, "湖南省财政厅", AgencyType.GOVERNMENT, True),
        ("县发改", ("某某县人民政府",), "某某县发展和改革局", AgencyType.GOVERNMENT, True),
        ("镇财政", JIAXING, "镇财政", AgencyType.OTHER, False),
        # hand-written: a name that opens with its province's short name is placed already
        ("湖北银保监局", ("湖北省人民政府",), "湖北银保监局", AgencyType.GOVERNMENT, False),
        ("内蒙古银保监局", ("内蒙古自治区人民政府",), "内蒙古银保监局", AgencyType.GOVERNMENT, False),
        # hand-written: 教体局 contracts 教育体育局, a body of its own beside a 教育局
        ("县教体局", ("某某县人民政府",), "某某县教育体育局", AgencyType.GOVERNMENT, True),
        # hand-written: a 、-list of fields under one head, the issuer's level's or the level written first
        # units of one kind as a group (hand-written)
        ("各示范县", HUNAN, "湖南省各示范县", AgencyType.LOWER_GOVERNMENT, True),
        ("各小区", HUNAN, "各小区", AgencyType.OTHER, False),
        # hand-written: the townships as a group, written 乡（镇） or 镇（乡）
        ("各乡（镇）", ("某某县人民政府",), "某某县各乡（镇）", AgencyType.LOWER_GOVERNMENT, True),
        ("各镇（乡）", ("某某县人民政府",), "某某县各镇（乡）", AgencyType.LOWER_GOVERNMENT, True),
        # hand-written: a department's own name whose words end as a township's does (城乡) holds no place
        ("住房和城乡建设局", (), "住房和城乡建设局", AgencyType.GOVERNMENT, False),
        ("住房城乡建设局", ("某某县人民政府",), "某某县住房和城乡建设局", AgencyType.GOVERNMENT, True),
        # hand-written: the end of such a name written alone (城乡建设局, a city's bureau of that name) holds no place
        # either: it reads as 市城乡建设局 does, not as a township 城乡's 建设局
        ("城乡建设局", ("某某市人民政府",), "某某市城乡建设局", AgencyType.GOVERNMENT, False),
        # real (穗府辦〔2006〕19號): a short name of two characters after its level goes under the city as a longer
        # one does (市經貿委 → 广州市经贸委)
        ("市交委", ("广州市人民政府办公厅",), "广州市交委", AgencyType.GOVERNMENT, False),
        ("市建委", ("广州市人民政府办公厅",), "广州市建委", AgencyType.GOVERNMENT, False),
        # real (dev 25): the same under a district
        ("区经委", ("上海市奉贤区人民政府",), "上海市奉贤区经委", AgencyType.GOVERNMENT, False),
        # hand-written: the county tier's governments named by its level words without 各 are the group 各… names
        ("县（区、市）政府", ("某某市人民政府",), "某某市各县（区、市）人民政府", AgencyType.LOWER_GOVERNMENT, True),
        # eval/README: a 、-list of levels sharing one head written once is one collective, named as written (the
        # tiers below the city are not the issuer's city's)
        ("市、区人民政府", ("某某市人民政府",), "市、区人民政府", AgencyType.PEOPLES_GOVERNMENT, True),
        ("市、县级司法行政部门", ("某某市人民政府",), "市、县级司法行政部门", AgencyType.GOVERNMENT, True),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_canonical_agency(name, issuer, canonical, kind, known) -> None:
    assert canonical_agency(name, issuer=issuer) == (canonical, kind, known)


@pytest.mark.parametrize(
    ("aliases", "issuer"),
    [
        (["市人社保局", "市人力社保局", "市人社局", "嘉兴市人力资源和社会保障局"], JIAXING),
        (["市发展改革委", "市发改委", "嘉兴市发展改革委", "嘉兴市发展和改革委员会"], JIAXING),
        (["扶贫办", "国务院扶贫办", "国务院扶贫开发领导小组办公室"], STATE_COUNCIL),
        (["住房城乡建设部", "住房和城乡建设部"], STATE_COUNCIL),
        # 政府信息公开工作年度报告 (real, 07_hunnan): a department written with its level's government between
        (["区政府国资局", "区国资局", "浑南区国资局"], ("浑南区国资局",)),
        (["市人民政府法制办", "市法制办"], JIAXING),
        (["市政府法制办公室", "市法制办公室"], JIAXING),
        (["市政府投资促进局", "市人民政府投资促进局", "市投资促进局"], JIAXING),
        (["市人民政府数据局", "市数据局"], JIAXING),
    ],
    ids=["renshe", "fagaiwei", "fupinban", "zhujianbu", "department-of-the-levels-government",
         "department-of-the-levels-peoples-government", "an-office-after-the-levels-government",
         "a-known-department-opening-as-a-government-noun", "a-known-department-opening-as-data"],
)
def test_aliases_share_one_canonical_name(aliases, issuer) -> None:
    assert len({canonical_agency(a, issuer=issuer)[0] for a in aliases}) == 1


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        pytest.param("市政府采购中心", "嘉兴市政府采购中心", id="government-procurement-noun"),
        pytest.param("县政府采购管理办公室", "县政府采购管理办公室", id="government-procurement-office"),
        pytest.param("市政府投资项目评审中心", "嘉兴市政府投资项目评审中心", id="government-investment-noun"),
        pytest.param("市政府债务管理办公室", "嘉兴市政府债务管理办公室", id="government-debt-noun"),
        pytest.param("市政府和社会资本合作中心", "嘉兴市政府和社会资本合作中心", id="government-and-social-capital-noun"),
        pytest.param("市政府法律顾问室", "嘉兴市政府法律顾问室", id="the-governments-own-office"),
        pytest.param("市政府驻京办", "嘉兴市政府驻京办", id="the-governments-own-liaison-office"),
        # (a department's name after its level's government still loses the 政府 between)
        pytest.param("区政府国资局", "区国资局", id="a-department-after-the-levels-government"),
    ],
)
def test_government_heading_a_noun_keeps_it(name, canonical) -> None:
    """政府 heading a noun of the name (政府采购, 政府和社会资本) or the government's own office keeps its 政府."""
    assert canonical_agency(name, issuer=JIAXING)[0] == canonical


def test_different_agencies_keep_different_names() -> None:
    names = [
        "市教育局",
        "市教体局",
        "市科技局",
        "市经信局",
        "市发展改革委",
        "市商务局",
        "市财政局",
        "市金融办",
        "市委组织部",
        "市民政局",
    ]
    assert len({canonical_agency(n, issuer=JIAXING)[0] for n in names}) == len(names)


@pytest.mark.parametrize(
    ("issuer", "province", "city", "county", "central"),
    [
        (("嘉兴市人民政府",), "浙江省", "嘉兴市", None, False),
        (("黄浦区发展和改革委员会",), "上海市", None, "黄浦区", False),
        (("普陀区人民政府",), None, None, "普陀区", False),  # 上海市 or 舟山市: not guessed
        (("上海市嘉定区人民政府办公室",), "上海市", None, "嘉定区", False),
        (("国务院办公厅",), None, None, None, True),
        (("湖南省人民政府",), "湖南省", None, None, False),
        # hand-written in the form of a byline read whole as the issuer (X批准Y): the words after the province hold a
        # government's head and a verb, no city's name
        (("天津市政府同意市水务局",), "天津市", None, None, False),
    ],
    ids=["jiaxing", "huangpu-district", "ambiguous-district", "jiading", "state-council", "hunan", "byline-with-a-verb"],
)

def test_jurisdiction_of_issuer(issuer, province, city, county, central) -> None:
    j = jurisdiction_of(issuer)
    assert (j.province, j.city, j.county, j.central) == (province, city, county, central)


def test_a_byline_with_a_verb_gives_no_place_to_canonical_names() -> None:
    # hand-written: 天津市政府同意市水务局 read as the issuer prefixes the province, not 政府同意市
    issuer = ("天津市政府同意市水务局",)
    assert canonical_agency("市财政局", issuer=issuer)[0] == "天津市财政局"


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("市科创人才集团", True),
        ("临港新片区管委会", True),
        ("打浦桥街道管理办", True),
        ("各有关部门和单位", True),  # a collective owner
        ("技工院校内由人力资源社会保障行政部门", False),
        ("分管副市长", False),
        ("各级领导干部", False),  # people, not a body (木兰 优化营商环境工作方案: 各级领导干部要…)
        ("领导干部", False),
        ("各地", True),
        ("有关方面", False),
        ("区防指", True),  # the short form of 区防汛抗旱指挥部 (#15)
        ("市森防指", True),
        ("防指", False),  # no level: whose is not said
        ("区防汛抗旱指挥部", True),
        # a development zone is written by its own name as an owner (崇川经济开发区 in a co-owner cell, #17)
        ("滨江经济开发区", True),
        ("高新技术产业开发区", True),
        ("西湖高新区", True),
        ("南湖经开区", True),
        ("开发区", False),  # no name: whose is not said (the addressee line may tell)
        # a minutes' report line (会议听取了市府办某某关于…的汇报): a clause before the office, no name
        ("会议听取了市府办", False),
        # hand-written in the form of a plan setting up a body: a level, its verb of setting up, then the office
        ("县级以上设置河长制办公室", False),
        ("市设立湖长制办公室", False),
        ("县级以上河长制办公室", True),
    ],
)
def test_is_agency_name(item, expected) -> None:
    assert is_agency_name(item, issuer=SHANGHAI) is expected


@pytest.mark.parametrize("post", ["分管副市长", "市政府分管副秘书长", "协管副秘书长", "分管副省长"])
def test_posts_are_not_agencies(post) -> None:
    assert is_post(post)


def test_find_agencies_in_prose() -> None:
    text = "市科技局负责落实全市强化企业科技创新体系建设工作。请积极支持配合市咨询委开展课题研究工作。"
    assert [n for _, _, n in find_agencies(text, issuer=JIAXING)] == ["市科技局", "市咨询委"]


@pytest.mark.parametrize(
    "text",
    [
        "由工业和信息化部、市科技局负责",
        "国家发展改革委会同有关部门负责",
        "中共嘉兴市委组织部、市委宣传部、市人力社保局按职责分工负责",
        "浙江省发展和改革委员会、省经信厅配合",
        "各县（市、区）人民政府、市级有关部门负责",
        "国务院人力资源社会保障行政部门会同有关部门，适时组织清理调整对技术技能人才的歧视政策",
        "推进城市委员会改革",
        "内蒙古自治区财政厅负责资金保障，江西省市场监督管理局配合",
    ],
    ids=lambda t: t[:12],
)
def test_table_pattern_matches_like_a_longest_first_list(text) -> None:
    # The pattern writes each table as a trie; a flat longest-first alternation is the reference.
    import re

    from policykg.extract import agencies as a

    def flat(names) -> str:
        return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))

    reference = re.compile(
        r"(?P<agency>"
        r"各县（市、区）(?:人民政府)?|各(?:有关)?省级人民政府|各区(?:人民)?政府|各(?:街镇|乡镇（街道）|镇（街道）|街道、镇|乡镇|街道)"
        rf"|(?<![城都])(?:中共)?(?:{a._PROV_ALT})?(?:省|市|区|县|镇)(?:{flat(a._party_table())})(?!托|属)"
        rf"|(?<![城都])(?:{a._PROV_ALT})?(?:省|市|区|县|镇)(?:{flat(a._local_table())})"
        rf"|(?<![城都])(?:{a._PROV_ALT})(?:{flat(a._local_table())})"
        rf"|(?:{flat(n for n in a._central_table() if len(n) >= 3)})"
        r")"
    )
    assert [m.span() for m in a.agency_pattern().finditer(text)] == [
        m.span() for m in reference.finditer(text)
    ]


def test_agency_spans_without_a_table_name_are_empty() -> None:
    assert agency_spans("加快构建现代化产业体系，推动高质量发展", issuer=JIAXING) == []
    assert agency_spans(
        "国务院人力资源社会保障行政部门会同有关部门，适时组织清理调整对技术技能人才的歧视政策",
        issuer=STATE_COUNCIL,
    ) == [(0, 15, "国务院人力资源社会保障行政部门")]


_NAMES = table_names()
_PIECES = st.one_of(
    st.sampled_from(_NAMES["central"]),
    st.sampled_from(_NAMES["local"]).map(lambda n: "市" + n),
    st.sampled_from(_NAMES["party"]).map(lambda n: "区" + n),
    st.sampled_from(["、", "和", "负责", "牵头", "会同", "省", "市", "中共", "各", "推进", "城", "工作"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=5).map("".join))
def test_every_agency_span_at_the_start_passes_the_cheap_test(text: str) -> None:
    # Prose sentences whose start fails agency_at_start are never read for agencies: the test
    # must pass wherever agency_spans finds a name at 0.
    for issuer in (JIAXING, STATE_COUNCIL):
        spans = agency_spans(text, issuer=issuer)
        if spans and spans[0][0] == 0:
            assert agency_at_start(text), (text, spans)


def test_agency_at_start_on_real_sentences() -> None:
    assert agency_at_start("工业和信息化部、市科技局负责")
    assert agency_at_start("市发展改革委牵头，市财政局配合")
    assert not agency_at_start("加快构建现代化产业体系，由市发展改革委负责")


def test_city_inside_a_word_is_not_a_prefix() -> None:
    assert find_agencies("推进城市委员会改革", issuer=JIAXING) == []


def test_component_marks_entities_with_canonical_names() -> None:
    nlp = agency_nlp()
    doc = char_doc(nlp, "由工业和信息化部、市科技局负责")
    doc._.policykg_issuer = JIAXING
    doc = nlp.get_pipe("policykg_agencies")(doc)
    assert [(e.text, e._.policykg_canonical) for e in doc.ents] == [
        ("工业和信息化部", "工业和信息化部"),
        ("市科技局", "嘉兴市科学技术局"),
    ]
    assert agency_spans("有关专业计划由市发展改革委另行下达", issuer=JIAXING) == [(7, 13, "市发展改革委")]


@pytest.mark.parametrize("table", ["agencies-central.tsv", "agencies-local.tsv", "agencies-party.tsv"])
def test_tables_have_no_alias_with_two_canonical_names(table) -> None:
    from importlib.resources import files

    owner: dict[str, str] = {}
    clashes = []
    for line in (files("policykg.extract") / "data" / table).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        aliases = cols[-1].split("|") if len(cols) > 1 else []
        for alias in [cols[0], *filter(None, aliases)]:
            if owner.setdefault(alias, cols[0]) != cols[0]:
                clashes.append((alias, owner[alias], cols[0]))
    assert clashes == []


@pytest.mark.parametrize("table", ["agencies-central.tsv", "agencies-local.tsv", "agencies-party.tsv"])
def test_an_alias_that_contracts_another_body_is_not_its_own(table) -> None:
    """An alias is a contraction of its body (its characters in order, 和 aside: 教育和体育局), or a former or
    other name (环保局 of 生态环境局); one that contracts another row's body but not its own names that body
    (教体局 is 教育体育局, not 教育局), and listed under the wrong one it merges two agencies."""
    from importlib.resources import files

    def contracts(alias: str, body: str) -> bool:
        rest = iter(body)
        return all(c in rest for c in alias.replace("和", ""))

    rows = []
    for line in (files("policykg.extract") / "data" / table).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cols = line.split("\t")
            rows.append((cols[0], [a for a in cols[-1].split("|") if a] if len(cols) > 1 else []))
    misplaced = [
        (alias, body, other)
        for body, aliases in rows
        for alias in aliases
        if not contracts(alias, body)
        for other, _ in rows
        if other != body and contracts(alias, other)
    ]
    assert misplaced == []


def test_tables_are_loaded() -> None:
    names = table_names()
    assert len(names["central"]) > 150 and len(names["local"]) > 200 and "委组织部" in names["party"]


def test_place_table_names_real_provinces_once() -> None:
    from importlib.resources import files

    from policykg.extract.agencies import PROVINCES, province_of

    rows = [
        line.split("\t")
        for line in (files("policykg.extract") / "data" / "places.tsv")
        .read_text(encoding="utf-8")
        .splitlines()
        if line and not line.startswith("#")
    ]
    assert len(rows) > 400 and all(len(r) == 2 and r[1] in PROVINCES for r in rows)
    assert len({r[0] for r in rows}) == len(rows)
    assert (province_of("嘉兴市"), province_of("黄浦区"), province_of("普陀区")) == ("浙江省", "上海市", None)


@pytest.mark.parametrize("name", ["各联席会议成员单位", "领导小组各成员单位", "各相关部门"])
def test_member_units_are_a_vague_group(name) -> None:
    from policykg.extract.agencies import is_vague

    assert is_vague(name)


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        pytest.param("开发区", True, id="development-zone"),
        pytest.param("新城公司", True, id="company-short-name"),
        pytest.param("区土方工作专班", True, id="task-force"),
        pytest.param("建设主管部门", True, id="functional-authority"),
        pytest.param("2024年底前", False, id="deadline"),
        pytest.param("长期", False, id="standing-period"),
        pytest.param("分管副区长", False, id="post"),
        pytest.param("由企业负责", False, id="clause"),
        pytest.param("区“两旧”专班", True, id="quoted-task-force"),
        pytest.param("省发展改", False, id="name-cut-short-under-a-level"),
        pytest.param("市民园长制度", False, id="level-character-without-body-suffix"),
        pytest.param("哪些部门", False, id="interrogative"),
    ],
)
def test_looks_like_body(item, expected) -> None:
    from policykg.extract.agencies import looks_like_body

    assert looks_like_body(item) is expected


@pytest.mark.parametrize(
    ("written", "spelling"),
    [
        pytest.param("嘉兴市各县(市、区)人民政府", "嘉兴市各县（市、区）人民政府", id="ascii-brackets"),
        pytest.param("嘉兴市各县（市、区） 人民政府", "嘉兴市各县（市、区）人民政府", id="stray-space"),
        pytest.param("上海奉贤交通能源(集团)有限公司", "上海奉贤交通能源（集团）有限公司", id="company-brackets"),
        pytest.param("国家金融监督管理总局嘉兴监管分局", "国家金融监督管理总局嘉兴监管分局", id="unchanged"),
        pytest.param("ＸＸ市第１中心", "XX市第1中心", id="fullwidth-letters-and-digits"),
    ],
)
def test_canonical_spelling(written, spelling) -> None:
    from policykg.extract.agencies import canonical_spelling

    assert canonical_spelling(written) == spelling


def test_export_and_store_spell_agency_names_alike() -> None:
    # issue 14: the JSON export and the store must write one canonical name the same way.
    from pathlib import Path

    from policykg.extract.pipeline import extract_path
    from policykg.extract.records import Task
    from policykg.graph import iri

    gazette = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "jiaxing-gazette-2024-03.txt"
    if not gazette.exists():
        pytest.skip("shared corpus not available")
    names = {a.canonical for t in extract_path(gazette).of(Task) for a in t.agencies}
    assert "嘉兴市各县（市、区）人民政府" in names
    assert all(iri.canonical_agency(n) == n for n in names)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # 23_shanghai_qingpu: a body the tables lack, as the subject of a duty
        pytest.param("区城运中心负责平台日常运维工作。", ["区城运中心"], id="unknown-centre-as-subject"),
        pytest.param("市营商环境建设局牵头，市行政审批局配合", ["市营商环境建设局", "市行政审批局"], id="unknown-bureau-lead"),
        pytest.param("社区卫生服务中心要加强随访", [], id="level-character-inside-a-word"),
        pytest.param("加强市场监管执法", [], id="level-character-in-a-phrase"),
    ],
)
def test_find_agencies_by_form(text, names) -> None:
    found = find_agencies(text, issuer=("上海市青浦区人民政府办公室",), unknown=True)
    assert [n for _, _, n in found] == names


def test_find_agencies_by_default_only_known() -> None:
    assert find_agencies("区城运中心负责平台日常运维工作。", issuer=("上海市青浦区人民政府办公室",)) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # 32_guangzhou: the members of a leading group are owners
        pytest.param("市科技和信息化工作领导小组各成员单位", True, id="members-of-a-leading-group"),
        pytest.param("各联席会议成员单位", True, id="members-of-a-joint-meeting"),
        pytest.param("县直各部门", True, id="county-departments"),
        # real (黄茅洲镇 优化营商环境): the departments and units of a town, 部门单位 written without 和
        pytest.param("镇直各部门单位", True, id="departments-units-of-a-town"),
        pytest.param("市属国有企业", True, id="city-owned-enterprises"),
        pytest.param("相关委、办、局", True, id="suffixes-written-once"),
        pytest.param("有关方面", False, id="no-body"),
        pytest.param("分管领导", False, id="post"),
        # hand-written: functional authorities of regulations, named under a class of levels
        pytest.param("各级水行政主管部门", True, id="authority-of-every-level"),
        pytest.param("县级以上人民政府交通运输主管部门", True, id="authority-of-a-class-of-governments"),
        pytest.param("县（市、区）以上地震主管机构", True, id="authority-bracketed-levels-and-above"),
        pytest.param("区（县）园林绿化管理部门", True, id="authority-bracketed-level"),
        pytest.param("市人民政府循环经济发展综合管理部门", True, id="authority-comprehensive-management"),
        pytest.param("资产管理机构", False, id="managing-institution-is-no-authority"),
        pytest.param("市招生考试管理机构", True, id="management-institution-under-a-level"),
        pytest.param("教育行政部门", True, id="administrative-department-of-a-field"),
        # real (dev 10): a field alone names the authority under a level or a class of levels
        pytest.param("各级财政部门", True, id="field-authority-of-every-level"),
        # hand-written: the same under one level; the organs' units; the units of one role as a group
        pytest.param("县财政部门", True, id="field-authority-under-a-level"),
        pytest.param("县直机关各单位", True, id="units-of-the-county-organs"),
        pytest.param("省政府各牵头部门", True, id="lead-departments-of-a-government"),
        pytest.param("各配合单位", True, id="supporting-units-as-a-group"),
        pytest.param("市牵头单位", False, id="role-label-is-no-group"),
        pytest.param("区公安、应急、消防部门", False, id="list-of-fields-under-one-head"),
        pytest.param("组织、人事、民政等部门", False, id="list-of-fields-closed-by-deng"),
        # hand-written: the organs of a field concerned
        pytest.param("有关司法机关", True, id="organs-of-a-field-concerned"),
        # hand-written: the internal and subordinate units of the issuing body, named by their kind
        pytest.param("各有关司局", True, id="ministry-departments-concerned"),
        pytest.param("各有关处室", True, id="divisions-concerned"),
        pytest.param("各股室", True, id="sections-of-a-bureau"),
        pytest.param("各直属单位", True, id="directly-affiliated-units"),
        pytest.param("二级机构", True, id="second-tier-institutions-without-ge"),
        pytest.param("局属各单位", True, id="units-under-the-bureau"),
        pytest.param("处室", False, id="kind-alone-is-no-group"),
        # hand-written in the forms of task-division notices: a level's body of appraisal named 机构 (a trade's
        # institutions are none), the departments of every level, a role group qualified by 相关
        pytest.param("区绩效考评机构", True, id="body-of-appraisal-under-a-level"),
        pytest.param("县融资担保机构", False, id="institutions-of-a-trade-under-a-level"),
        pytest.param("各级各有关部门", True, id="departments-of-every-level"),
        pytest.param("全县各级各部门", True, id="departments-of-every-level-of-a-county"),
        pytest.param("各相关责任单位", True, id="responsible-units-concerned"),
        pytest.param("相关责任单位", True, id="responsible-units-concerned-without-ge"),
        # 法治政府建设情况报告 (real, 14_jinghai): the units of the government's system, with or without its level
        pytest.param("政府系统各单位", True, id="units-of-the-government-system"),
        pytest.param("市政府系统各部门", True, id="departments-of-a-levels-government-system"),
    ],
)
def test_is_collective(name, expected) -> None:
    from policykg.extract.agencies import is_collective

    assert is_collective(name) is expected


@pytest.mark.parametrize(
    ("name", "bodies"),
    [
        # hand-written: one head written once for a higher tier and the tiers below it
        pytest.param("市和区（县）人民政府", ("市人民政府", "区（县）人民政府"), id="city-and-bracketed-districts"),
        # a 、-list whose items share one head written once is one collective (eval/README: 各省、自治区、直辖市人民政府),
        # left whole (tiers_collective)
        pytest.param("市、区人民政府", None, id="city-and-districts-by-dunhao"),
        pytest.param("市及区(市)县人民政府", ("市人民政府", "区（市）县人民政府"), id="city-and-districts-counties"),
        pytest.param(
            "市及区（市）县人民政府有关主管部门",
            ("市人民政府有关主管部门", "区（市）县人民政府有关主管部门"),
            id="departments-of-two-tiers",
        ),
        # one tier, or a class marked by 各: one collective (eval/README)
        pytest.param("各省、自治区、直辖市人民政府", None, id="class-of-provinces"),
        pytest.param("县、区人民政府", None, id="one-tier"),
        pytest.param("各市（州）、县（市、区）人民政府", None, id="class-marked-by-ge"),
        # hand-written: a functional authority of each tier, its field written once
        pytest.param("市、区卫生健康行政部门", None, id="authority-of-two-tiers"),
        pytest.param("市和县（区）文物主管部门", ("市文物主管部门", "县（区）文物主管部门"), id="authority-tiers-with-he"),
        pytest.param("市、区有关部门", None, id="groups-of-two-tiers-name-no-field"),
        # hand-written (provincial regulations): the cities with districts as the first tier, by 、 (one collective)
        pytest.param("设区的市、县（市、区）人民政府教育行政部门", None, id="cities-with-districts-and-counties"),
        # hand-written (#17): an office of each tier named after its field, the field maybe quoted, by 、 (one collective)
        pytest.param("省、市乡村振兴办公室", None, id="office-of-two-tiers"),
        pytest.param("省、州市“一村一品”办公室", None, id="office-of-two-tiers-quoted-field"),
        # hand-written: the same tiers joined by 和 are each tier's body
        pytest.param(
            "设区的市和县（市、区）人民政府教育行政部门",
            ("设区的市人民政府教育行政部门", "县（市、区）人民政府教育行政部门"),
            id="cities-with-districts-and-counties-joined-by-he",
        ),
        pytest.param("省和市乡村振兴办公室", ("省乡村振兴办公室", "市乡村振兴办公室"), id="office-of-two-tiers-joined-by-he"),
    ],
)
def test_split_tiers(name, bodies) -> None:
    from policykg.extract.agencies import split_tiers

    assert split_tiers(name) == bodies


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # eval/README: a 、-list of levels whose items share one head written once at the end is one collective,
        # named as written, of its head's type, known where the tables know a body of that head
        # real (held-out, 鹤壁 measures on normative documents): 具體工作由市、縣級司法行政部門負責實施
        pytest.param(
            "市、县级司法行政部门", ("市、县级司法行政部门", AgencyType.GOVERNMENT, True), id="authority-of-two-levels-by-dunhao"
        ),
        # real (held-out, city regulation on patriotic health): 市、县区卫生行政部门应建立和完善健康教育网络
        pytest.param(
            "市、县区卫生行政部门", ("市、县区卫生行政部门", AgencyType.GOVERNMENT, True),
            id="authority-of-a-city-and-its-counties-districts",
        ),
        # hand-written in the same form
        pytest.param("市、区人民政府", ("市、区人民政府", AgencyType.PEOPLES_GOVERNMENT, True), id="governments-by-dunhao"),
        pytest.param(
            "设区的市、县（市、区）人民政府教育行政部门",
            ("设区的市、县（市、区）人民政府教育行政部门", AgencyType.GOVERNMENT, True),
            id="cities-with-districts-and-bracketed-counties",
        ),
        pytest.param(
            "省、市乡村振兴办公室", ("省、市乡村振兴办公室", AgencyType.GOVERNMENT, False), id="office-field-opening-with-a-level"
        ),
        pytest.param(
            "市(州)、县人民政府", ("市（州）、县人民政府", AgencyType.PEOPLES_GOVERNMENT, True), id="spelling-folded"
        ),
        # a list joined by 和 is each tier's body (split_tiers); a class marked by 各 is read as a class; no list
        pytest.param("市和区（县）人民政府", None, id="tiers-joined-by-he"),
        pytest.param("各省、自治区、直辖市人民政府", None, id="class-marked-by-ge"),
        pytest.param("市人民政府", None, id="one-level"),
    ],
)
def test_tiers_collective(name, expected) -> None:
    from policykg.extract.agencies import tiers_collective

    assert tiers_collective(name) == expected


@pytest.mark.parametrize(
    ("name", "bodies"),
    [
        # hand-written in the form of a city bureau's survey notice: two adjacent levels before one body, no mark
        # between them; a province's 厅 is a 局 at the level below
        pytest.param("省市教育厅", ("省教育厅", "市教育局"), id="province-and-city-one-head"),
        pytest.param("市县财政局", ("市财政局", "县财政局"), id="city-and-county-one-head"),
        # a level followed by a field that opens with a level's character is one body
        pytest.param("省市场监管局", None, id="province-field-opening-with-shi"),
        pytest.param("县乡村振兴局", None, id="county-field-opening-with-xiang"),
        # a class of bodies named by their kind, not one body's head word, stays whole
        pytest.param("市县住建部门", None, id="authorities-by-kind"),
        pytest.param("市县政府", None, id="governments"),
    ],
)
def test_split_level_pair(name, bodies) -> None:
    from policykg.extract.agencies import split_level_pair

    assert split_level_pair(name) == bodies


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # hand-written: a unit written after its parent's name is the name found
        pytest.param("财政部会计司负责解释。", ["财政部会计司"], id="unit-of-a-ministry"),
        pytest.param("省教育厅高教处负责汇总。", ["省教育厅高教处"], id="unit-of-a-provincial-department"),
        pytest.param("市城市管理委员会办公室负责协调。", ["市城市管理委员会办公室"], id="office-of-a-commission"),
        pytest.param("县委县政府督查室要开展督查。", ["县委县政府督查室"], id="unit-of-two-parents-joined"),
        pytest.param("由邮电部邮政总局组织制定。", ["邮电部邮政总局"], id="unit-of-a-ministry-the-tables-lack"),
        # no unit: a post, a second body, a partner after 会同
        pytest.param("市教育局局长负责召集。", ["市教育局"], id="post-after-a-name"),
        pytest.param("财政部国家税务总局负责解释。", ["财政部", "国家税务总局"], id="two-bodies-glued"),
        pytest.param("市财政局会同市审计局制定。", ["市财政局", "市审计局"], id="partner-after-huitong"),
    ],
)
def test_internal_units_after_their_parent(text: str, names: list[str]) -> None:
    assert [n for _, _, n in agency_spans(text, issuer=("某某市人民政府",))] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("省财政抓紧下达示范资金", "省财政"),
        ("县城管要加强巡查", "县城管"),
        ("县财政局负责资金管理", "县财政"),  # (a full name is the recogniser's; this reads the field only)
        ("市场监管部门要加强检查", None),
        ("镇财政要做好预算", None),
    ],
    ids=["province-finance", "county-city-management", "field-of-a-full-name", "market-is-no-level", "town-level"],
)
def test_field_name_at(text: str, name: str | None) -> None:
    from policykg.extract.agencies import field_name_at

    assert field_name_at(text) == name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("各成员单位", True),
        ("领导小组各成员单位", True),
        ("省政府各牵头部门", True),
        ("各配合单位", True),
        ("各有关单位", False),
        ("各部门", False),
        ("县直机关各单位", False),
        ("各相关责任单位", True),
        ("相关责任单位", True),
        ("相关单位", False),
    ],
    ids=["members", "members-of-a-group", "lead-departments", "supporting-units", "units-concerned", "every-department",
         "organs-units", "responsible-units-concerned", "responsible-units-concerned-without-ge", "units-concerned-bare"],
)
def test_is_named_group(name: str, expected: bool) -> None:
    from policykg.extract.agencies import is_named_group

    assert is_named_group(name) is expected


@pytest.mark.parametrize(
    ("prefix", "name", "expected"),
    [
        ("市", "粮食和储备局", "市粮食和储备局"),
        ("兴庆", "区政府办公室", "兴庆区政府办公室"),
        ("湖南", "省教育厅", "湖南省教育厅"),
        ("宁夏回族", "自治区财政厅", "宁夏回族自治区财政厅"),
        ("湖南省长沙", "市教育局", "湖南省长沙市教育局"),
        ("湖南省", "市教育局", None),
        ("督促", "区政府办公室", None),
    ],
    ids=["level", "place-before-its-level", "province", "autonomous-region", "city-under-its-province",
         "province-and-a-bare-level", "verb-is-no-place"],
)
def test_prefixed_name(prefix: str, name: str, expected: str | None) -> None:
    assert prefixed_name(prefix, name) == expected


@pytest.mark.parametrize(
    ("place", "expected"),
    [("长沙市", True), ("湖南省长沙市", True), ("宁夏回族自治区", True), ("河道市", False), ("湖北省长沙市", False)],
    ids=["city", "city-under-its-province", "autonomous-region", "words-before-a-level", "city-under-another-province"],
)
def test_is_known_place(place: str, expected: bool) -> None:
    assert is_known_place(place) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("乡镇人民政府", True),
        ("乡、镇人民政府", True),
        ("设区的市人民政府", True),
        ("旗县以上人民政府", True),
        ("县级以上地方各级人民政府", True),
        ("村（居）民委员会", True),
        ("村民委员会", True),
        ("长沙市人民政府", False),
        ("城市管理委员会", False),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_is_level_body(name: str, expected: bool) -> None:
    assert is_level_body(name) is expected


# Names as party, Youth League and autonomous areas write them (hand-written in the forms of county and
# autonomous-area plans)
ZIYANG = ("紫阳县人民政府",)
AUTONOMOUS_COUNTY = ("某某瑶族自治县人民政府",)
AUTONOMOUS_REGION = ("广西壮族自治区人民政府",)


@pytest.mark.parametrize(
    ("name", "issuer", "canonical", "kind"),
    [
        # a body written after 中共 and a place keeps both (the place is read after 中共)
        pytest.param("中共紫阳县委农村工作领导小组", (), "中共紫阳县委农村工作领导小组", AgencyType.PARTY, id="zhonggong-county-group"),
        pytest.param("中共河北雄安新区工作委员会", (), "中共河北雄安新区工作委员会", AgencyType.PARTY, id="zhonggong-zone-committee"),
        # the Youth League's committee of a place, no CPC committee
        pytest.param("共青团县委", ZIYANG, "共青团紫阳县委员会", AgencyType.OTHER, id="league-county"),
        pytest.param("团市委", ("郑州市人民政府",), "共青团郑州市委员会", AgencyType.OTHER, id="league-city-short"),
        pytest.param("共青团郑州市委", (), "共青团郑州市委员会", AgencyType.OTHER, id="league-named-city"),
        pytest.param("共青团中央", (), "中国共产主义青年团中央委员会", AgencyType.OTHER, id="league-central"),
        # an autonomous area writes its level in full; its party committee 党委
        pytest.param("自治县农业农村局", AUTONOMOUS_COUNTY, "某某瑶族自治县农业农村局", AgencyType.GOVERNMENT, id="autonomous-county-bureau"),
        pytest.param("自治县党委宣传部", AUTONOMOUS_COUNTY, "中共某某瑶族自治县委宣传部", AgencyType.PARTY, id="autonomous-county-party"),
        pytest.param("自治区党委宣传部", AUTONOMOUS_REGION, "中共广西壮族自治区委宣传部", AgencyType.PARTY, id="autonomous-region-party"),
        # a county's rural revitalisation bureau is the county's, not the national one
        pytest.param("乡村振兴局", AUTONOMOUS_COUNTY, "某某瑶族自治县乡村振兴局", AgencyType.GOVERNMENT, id="local-rural-revitalisation"),
        # the people's organisations of every level, as a group
        pytest.param("各级团组织", (), "各级团组织", AgencyType.GOVERNMENT, id="every-level-league"),
        pytest.param("各级妇联组织", (), "各级妇联组织", AgencyType.GOVERNMENT, id="every-level-womens-federation"),
        # lower units of the north-west named as groups
        pytest.param("各地州", (), "各地州", AgencyType.LOWER_GOVERNMENT, id="every-prefecture"),
        pytest.param("各团场", (), "各团场", AgencyType.LOWER_GOVERNMENT, id="every-regiment-farm"),
    ],
)
def test_party_league_and_autonomous_names(name, issuer, canonical, kind) -> None:
    got = canonical_agency(name, issuer=issuer)
    assert got[:2] == (canonical, kind)
    assert is_agency_name(name, issuer=issuer)


@pytest.mark.parametrize(
    "text",
    ["由自治县农业农村局、自治县党委宣传部牵头", "由自治区党委宣传部牵头", "由旗委宣传部牵头", "团市委要"],
)
def test_party_departments_of_autonomous_areas_are_found_in_text(text) -> None:
    spans = agency_spans(text)
    assert spans and all(name.endswith(("宣传部", "农业农村局", "团市委")) for _, _, name in spans)


@pytest.mark.parametrize("text", ["温州市场监管局要加强监管", "杭州财政局要加强监管", "联盟委员会要加强协调"])
def test_a_city_name_ending_in_a_level_character_hides_no_level_hand_written(text) -> None:
    # 州, 盟, 旗 stand alone as a level (州财政局); at the end of a place's own name (温州, 杭州, 联盟) they
    # are no level, and the body found inside the name is no body of the text
    assert find_agencies(text) == []


@pytest.mark.parametrize("text", ["州财政局要加强监管", "中共州委宣传部要加强宣传", "各州财政局要加强监管"])
def test_a_one_character_prefecture_level_is_found_hand_written(text) -> None:
    assert [name for _, _, name in find_agencies(text)][0].endswith(("财政局", "宣传部"))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("农业股", True, id="section-股"),
        pytest.param("乡村产业发展股", True, id="long-section-股"),
        pytest.param("政改科", True, id="section-科"),
        pytest.param("经管站", True, id="station"),
        pytest.param("加强管理", False, id="a-phrase"),
        pytest.param("2024年底前", False, id="a-date"),
        pytest.param("股", False, id="a-bare-head"),
        # hand-written: task cells whose last word is a station, and a section named after its work
        pytest.param("新建充电站", False, id="a-task-making-a-station"),
        pytest.param("完善基层综合服务站", False, id="a-task-opening-with-its-verb"),
        pytest.param("农田建设管理股", True, id="a-verb-inside-a-section-is-its-work"),
        pytest.param("建设管理股", True, id="a-section-named-after-its-work-verb-first"),
        pytest.param("保障股", True, id="a-section-named-after-its-work-one-word"),
    ],
)
def test_is_section_name(name: str, expected: bool) -> None:
    assert is_section_name(name) is expected


@pytest.mark.parametrize(
    "name", ["市政府办公室", "市政府督查室", "市政府各部门"], ids=["the-governments-office", "its-inspection-office", "its-departments"]
)
def test_the_governments_own_office_keeps_its_government(name) -> None:
    # hand-written: 政府 names the body itself here, not the level of a department
    assert "政府" in canonical_agency(name, issuer=JIAXING)[0]
