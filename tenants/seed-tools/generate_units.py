#!/usr/bin/env python3
"""Writes the demo unit trees under tenants/src/main/resources/vn/motcua/seed/<province>/units.csv.

Only these are official: the 14 Gia Lai departments and 6 communes with their portal codes and names, taken
from ../shared/fixtures/index766/gia-lai-2026-10-10-groups.csv (generated=false). Everything else (other
communes' names and codes, all QCVN codes other than the People's Committees', which former district each
commune came from, other provinces' departments and codes) is invented to give a plausible shape and is
marked generated=true. Former district names are real as far as we know, but their succession to communes
is invented, so they are marked generated too. Re-run after changing it: python3 generate_units.py
"""
import csv, os

OUT = os.path.join(os.path.dirname(__file__), '..', 'src', 'main', 'resources', 'vn', 'motcua', 'seed')
START, LAST_OLD, MERGER = '2019-01-01', '2025-06-30', '2025-07-01'
HEADER = ['key', 'parent_key', 'portal_code', 'qcvn_code', 'name', 'kind', 'level', 'valid_from', 'valid_to',
          'generated', 'successor_keys', 'absorb_into_portal']

GIA_LAI_DEPTS = [  # from the fixture: (portal suffix, name)
    ('01', 'Sở Dân tộc và Tôn giáo - tỉnh Gia Lai'), ('02', 'Ban Quản lý Khu kinh tế - tỉnh Gia Lai'),
    ('05', 'Sở Công Thương - tỉnh Gia Lai'), ('06', 'Sở Giáo dục và Đào tạo - tỉnh Gia Lai'),
    ('09', 'Sở Khoa học và Công nghệ - tỉnh Gia Lai'), ('11', 'Sở Nội vụ - tỉnh Gia Lai'),
    ('13', 'Sở Tài chính - tỉnh Gia Lai'), ('16', 'Sở Tư pháp - tỉnh Gia Lai'),
    ('17', 'Sở Văn hóa, Thể thao và Du lịch - tỉnh Gia Lai'), ('18', 'Sở Xây dựng - tỉnh Gia Lai'),
    ('19', 'Sở Y tế - tỉnh Gia Lai'), ('20', 'Thanh tra tỉnh - tỉnh Gia Lai'),
    ('24', 'Sở Nông nghiệp và Môi trường - tỉnh Gia Lai'), ('26', 'Sở Ngoại vụ - tỉnh Gia Lai')]
GIA_LAI_FIXTURE_COMMUNES = {'xã Đăk Song': 125, 'phường Hoài Nhơn Bắc': 198, 'xã Đề Gi': 203,
                            'xã Phù Mỹ Nam': 208, 'xã Vân Canh': 227, 'xã Canh Vinh': 228}

# Departments after the March 2025 reorganisation, used for the generated provinces (suffix, name)
NEW_DEPTS = [('01', 'Sở Dân tộc và Tôn giáo'), ('02', 'Ban Quản lý Khu kinh tế'), ('05', 'Sở Công Thương'),
             ('06', 'Sở Giáo dục và Đào tạo'), ('09', 'Sở Khoa học và Công nghệ'), ('11', 'Sở Nội vụ'),
             ('13', 'Sở Tài chính'), ('16', 'Sở Tư pháp'), ('17', 'Sở Văn hóa, Thể thao và Du lịch'),
             ('18', 'Sở Xây dựng'), ('19', 'Sở Y tế'), ('20', 'Thanh tra tỉnh'), ('24', 'Sở Nông nghiệp và Môi trường'),
             ('26', 'Sở Ngoại vụ'), ('27', 'Ban Quản lý các khu công nghiệp'), ('28', 'Văn phòng UBND tỉnh'),
             ('29', 'Công an tỉnh (lĩnh vực hành chính)')]
# Departments before 2025 (absorbed provinces), with the absorbing department they went to (suffix)
OLD_DEPTS = [('01', 'Ban Dân tộc', '01'), ('02', 'Ban Quản lý Khu kinh tế', '02'), ('04', 'Sở Kế hoạch và Đầu tư', '13'),
             ('05', 'Sở Công Thương', '05'), ('06', 'Sở Giáo dục và Đào tạo', '06'), ('07', 'Sở Giao thông vận tải', '18'),
             ('09', 'Sở Khoa học và Công nghệ', '09'), ('10', 'Sở Lao động, Thương binh và Xã hội', '11'),
             ('11', 'Sở Nội vụ', '11'), ('12', 'Sở Nông nghiệp và Phát triển nông thôn', '24'), ('13', 'Sở Tài chính', '13'),
             ('14', 'Sở Tài nguyên và Môi trường', '24'), ('15', 'Sở Thông tin và Truyền thông', '09'),
             ('16', 'Sở Tư pháp', '16'), ('17', 'Sở Văn hóa và Thể thao', '17'), ('18', 'Sở Xây dựng', '18'),
             ('19', 'Sở Y tế', '19'), ('20', 'Thanh tra tỉnh', '20'), ('21', 'Sở Du lịch', '17'), ('26', 'Sở Ngoại vụ', '26')]

# Former districts (real names) and plausible new communes (names invented or unverified) per district.
PROVINCES = {
    'gia-lai': ('H21', 'Gia Lai', 100, [
        ('thành phố Pleiku', ['phường Pleiku', 'phường Hội Phú', 'phường Thống Nhất', 'phường Diên Hồng', 'phường An Phú', 'xã Biển Hồ', 'xã Gào']),
        ('thị xã An Khê', ['phường An Khê', 'phường An Bình', 'xã Cửu An']),
        ('thị xã Ayun Pa', ['phường Ayun Pa', 'xã Ia Rbol', 'xã Ia Sao']),
        ('huyện Chư Păh', ['xã Chư Păh', 'xã Ia Ly', 'xã Ia Khươl', 'xã Ia Phí']),
        ('huyện Chư Prông', ['xã Chư Prông', 'xã Bàu Cạn', 'xã Ia Boòng', 'xã Ia Lâu', 'xã Ia Pia', 'xã Ia Tôr']),
        ('huyện Chư Pưh', ['xã Chư Pưh', 'xã Ia Le', 'xã Ia Hrú']),
        ('huyện Chư Sê', ['xã Chư Sê', 'xã Bờ Ngoong', 'xã Ia Ko', 'xã Al Bá']),
        ('huyện Đak Đoa', ['xã Đak Đoa', 'xã Kon Gang', 'xã Ia Băng', 'xã KDang', 'xã Đak Sơmei']),
        ('huyện Đak Pơ', ['xã Đak Pơ', 'xã Ya Hội']),
        ('huyện Đức Cơ', ['xã Đức Cơ', 'xã Ia Krêl', 'xã Ia Dơk', 'xã Ia Dom', 'xã Ia Pnôn', 'xã Ia Nan']),
        ('huyện Ia Grai', ['xã Ia Grai', 'xã Ia Krái', 'xã Ia Hrung', 'xã Ia O']),
        ('huyện Ia Pa', ['xã Ia Pa', 'xã Ia Tul', 'xã Pờ Tó', 'xã Chư Răng']),
        ('huyện Kbang', ['xã Kbang', 'xã Kông Bơ La', 'xã Tơ Tung', 'xã Sơn Lang', 'xã Đak Rong', 'xã Krong', 'xã Đăk Song']),
        ('huyện Kông Chro', ['xã Kông Chro', 'xã Ya Ma', 'xã Chư Krey', 'xã SRó', 'xã Chơ Long']),
        ('huyện Krông Pa', ['xã Phú Túc', 'xã Ia Dreh', 'xã Ia Rsai', 'xã Uar', 'xã Ia Rmok']),
        ('huyện Mang Yang', ['xã Mang Yang', 'xã Lơ Pang', 'xã Kon Chiêng', 'xã Hra', 'xã Ayun']),
        ('huyện Phú Thiện', ['xã Phú Thiện', 'xã Chư A Thai', 'xã Ia Hiao', 'xã Ia Piar']),
    ]),
    'binh-dinh': ('H08', 'Bình Định', 177, [
        ('thành phố Quy Nhơn', ['phường Quy Nhơn', 'phường Quy Nhơn Đông', 'phường Quy Nhơn Tây', 'phường Quy Nhơn Nam', 'phường Quy Nhơn Bắc', 'xã Nhơn Châu']),
        ('thị xã An Nhơn', ['phường Bình Định', 'phường An Nhơn', 'phường An Nhơn Đông', 'phường An Nhơn Nam', 'phường An Nhơn Bắc', 'xã An Nhơn Tây']),
        ('thị xã Hoài Nhơn', ['phường Bồng Sơn', 'phường Hoài Nhơn', 'phường Tam Quan', 'phường Hoài Nhơn Đông', 'phường Hoài Nhơn Tây', 'phường Hoài Nhơn Nam', 'phường Hoài Nhơn Bắc']),
        ('huyện An Lão', ['xã An Lão', 'xã An Vinh', 'xã An Toàn', 'xã An Hòa']),
        ('huyện Hoài Ân', ['xã Hoài Ân', 'xã Ân Tường', 'xã Kim Sơn', 'xã Vạn Đức', 'xã Ân Hảo']),
        ('huyện Phù Cát', ['xã Phù Cát', 'xã Xuân An', 'xã Ngô Mây', 'xã Cát Tiến', 'xã Đề Gi', 'xã Hòa Hội', 'xã Hội Sơn']),
        ('huyện Phù Mỹ', ['xã Phù Mỹ', 'xã An Lương', 'xã Bình Dương', 'xã Phù Mỹ Đông', 'xã Phù Mỹ Tây', 'xã Phù Mỹ Nam', 'xã Phù Mỹ Bắc']),
        ('huyện Tây Sơn', ['xã Tây Sơn', 'xã Bình Khê', 'xã Bình Phú', 'xã Bình Hiệp', 'xã Bình An']),
        ('huyện Tuy Phước', ['xã Tuy Phước', 'xã Tuy Phước Đông', 'xã Tuy Phước Tây', 'xã Tuy Phước Bắc']),
        ('huyện Vân Canh', ['xã Vân Canh', 'xã Canh Vinh', 'xã Canh Liên']),
        ('huyện Vĩnh Thạnh', ['xã Vĩnh Thạnh', 'xã Vĩnh Thịnh', 'xã Vĩnh Quang', 'xã Vĩnh Sơn']),
    ]),
    'quang-ngai': ('H48', 'Quảng Ngãi', 100, [
        ('thành phố Quảng Ngãi', 7), ('thị xã Đức Phổ', 5), ('huyện Ba Tơ', 5), ('huyện Bình Sơn', 6),
        ('huyện Lý Sơn', 1), ('huyện Minh Long', 2), ('huyện Mộ Đức', 4), ('huyện Nghĩa Hành', 4),
        ('huyện Sơn Hà', 5), ('huyện Sơn Tây', 3), ('huyện Sơn Tịnh', 4), ('huyện Trà Bồng', 5), ('huyện Tư Nghĩa', 6)]),
    'kon-tum': ('H34', 'Kon Tum', 157, [
        ('thành phố Kon Tum', 7), ('huyện Đắk Glei', 5), ('huyện Đắk Hà', 4), ('huyện Đắk Tô', 3),
        ('huyện Ia H\'Drai', 2), ('huyện Kon Plông', 4), ('huyện Kon Rẫy', 3), ('huyện Ngọc Hồi', 3),
        ('huyện Sa Thầy', 4), ('huyện Tu Mơ Rông', 4)]),
    'bac-ninh': ('H05', 'Bắc Ninh', 100, [
        ('thành phố Bắc Ninh', 8), ('thành phố Từ Sơn', 5), ('huyện Gia Bình', 4), ('huyện Lương Tài', 4),
        ('huyện Quế Võ', 5), ('huyện Thuận Thành', 5), ('huyện Tiên Du', 5), ('huyện Yên Phong', 5)]),
    'bac-giang': ('H04', 'Bắc Giang', 141, [
        ('thành phố Bắc Giang', 7), ('thị xã Việt Yên', 5), ('thị xã Chũ', 5), ('huyện Hiệp Hòa', 5),
        ('huyện Lạng Giang', 5), ('huyện Lục Nam', 6), ('huyện Lục Ngạn', 6), ('huyện Sơn Động', 6),
        ('huyện Tân Yên', 5), ('huyện Yên Dũng', 4), ('huyện Yên Thế', 4)]),
    'ha-tinh': ('H27', 'Hà Tĩnh', 100, [
        ('thành phố Hà Tĩnh', 5), ('thị xã Hồng Lĩnh', 2), ('thị xã Kỳ Anh', 4), ('huyện Cẩm Xuyên', 7),
        ('huyện Can Lộc', 5), ('huyện Đức Thọ', 5), ('huyện Hương Khê', 7), ('huyện Hương Sơn', 7),
        ('huyện Kỳ Anh', 6), ('huyện Lộc Hà', 4), ('huyện Nghi Xuân', 5), ('huyện Thạch Hà', 7), ('huyện Vũ Quang', 5)]),
}
FIXED_CODES = set(GIA_LAI_FIXTURE_COMMUNES.values())
ABSORBED = {'binh-dinh': 'gia-lai', 'kon-tum': 'quang-ngai', 'bac-giang': 'bac-ninh'}
ABSORBER = {v: k for k, v in ABSORBED.items()}
SUFFIXES = ['', ' Đông', ' Tây', ' Nam', ' Bắc', ' Trung', ' Thượng', ' Hạ']


def district_short(d):
    for p in ('thành phố ', 'thị xã ', 'huyện '):
        if d.startswith(p):
            return d[len(p):]
    return d


def communes_of(district, spec):
    if isinstance(spec, list):
        return spec
    short = district_short(district)
    town = not district.startswith('huyện ')
    return [('phường ' if town else 'xã ') + short + SUFFIXES[i] for i in range(spec)]


def build(slug):
    code, pname, first_commune, districts = PROVINCES[slug]
    absorbed = slug in ABSORBED
    rows = []
    pc_to = LAST_OLD if absorbed else ''
    rows.append(dict(key='pc', parent_key='', portal_code=code, qcvn_code='000.00.00.' + code,
                     name='UBND tỉnh ' + pname, kind='PEOPLES_COMMITTEE', level='PROVINCE', valid_from=START,
                     valid_to=pc_to, generated='false'))
    if slug == 'gia-lai':
        depts = [(s, n, None, False) for s, n in GIA_LAI_DEPTS]
    elif absorbed:
        depts = [(s, n + ' - tỉnh ' + pname, into, True) for s, n, into in OLD_DEPTS]
    else:
        depts = [(s, n + ' - tỉnh ' + pname, None, True) for s, n in NEW_DEPTS]
    for s, n, into, gen in depts:
        rows.append(dict(key='dept-' + s, parent_key='pc', portal_code=code + '.' + s, qcvn_code='000.00.' + s + '.' + code,
                         name=n, kind='DEPARTMENT', level='PROVINCE', valid_from=START, valid_to=pc_to,
                         generated=str(gen).lower(),
                         absorb_into_portal=(PROVINCES[ABSORBED[slug]][0] + '.' + into) if into else ''))
    rows.append(dict(key='centre', parent_key='pc', portal_code=code + '.30', qcvn_code='',
                     name='Trung tâm Phục vụ hành chính công tỉnh ' + pname, kind='SERVICE_CENTRE', level='PROVINCE',
                     valid_from=START, valid_to=pc_to, generated='true',
                     absorb_into_portal=(PROVINCES[ABSORBED[slug]][0] + '.30') if absorbed else ''))
    # communes valid from the merger live in the surviving province's file; an absorbed province's
    # districts point at the absorbing province's communes by portal code.
    number = first_commune
    district_rows, commune_rows = [], []
    for i, (district, spec) in enumerate(districts):
        names = communes_of(district, spec)
        portals = []
        for cname in names:
            fixed = GIA_LAI_FIXTURE_COMMUNES.get(cname) if slug in ('gia-lai', 'binh-dinh') else None
            if fixed is None:
                while number in FIXED_CODES and slug in ('gia-lai', 'binh-dinh'):
                    number += 1
                fixed = number
                number += 1
            portals.append(fixed)
        district_rows.append((i, district, names, portals))
    for i, district, names, portals in district_rows:
        dkey = 'district-%02d' % (i + 1)
        town = not district.startswith('huyện ')
        if absorbed:
            succ, into = '', ';'.join('%s.%d' % (PROVINCES[ABSORBED[slug]][0], p) for p in portals)
        else:
            succ, into = ';'.join('commune-%d' % p for p in portals), ''
        rows.append(dict(key=dkey, parent_key='pc', portal_code='', qcvn_code='', name='UBND ' + district,
                         kind='DISTRICT', level='DISTRICT', valid_from=START, valid_to=LAST_OLD, generated='true',
                         successor_keys=succ, absorb_into_portal=into))
    return rows, district_rows


def communes_rows(slug, district_rows, code):
    rows = []
    for i, district, names, portals in district_rows:
        for cname, p in zip(names, portals):
            fixture = slug == 'gia-lai' and GIA_LAI_FIXTURE_COMMUNES.get(cname) == p
            name = 'UBND ' + cname
            rows.append(dict(key='commune-%d' % p, parent_key='pc', portal_code='%s.%d' % (code, p), qcvn_code='',
                             name=name, kind='WARD' if cname.startswith('phường') else 'COMMUNE', level='COMMUNE',
                             valid_from=MERGER, valid_to='', generated=str(not fixture).lower()))
    return rows


def main():
    built = {slug: build(slug) for slug in PROVINCES}
    # commune codes of an absorbed province continue after the absorbing province's own communes
    for slug, (rows, drows) in built.items():
        code = PROVINCES[slug][0]
        if slug in ABSORBED:
            out = rows
        else:
            out = list(rows)
            out += communes_rows(slug, drows, code)
            if slug in ABSORBER:
                a_rows, a_drows = built[ABSORBER[slug]]
                out += communes_rows(slug, a_drows, code)
            n_communes = sum(1 for r in out if r['level'] == 'COMMUNE')
            out.append(dict(key='desk-centre', parent_key='centre', portal_code='', qcvn_code='',
                            name='Bộ phận Một cửa tại Trung tâm Phục vụ hành chính công', kind='ONE_STOP_DESK',
                            level='PROVINCE', valid_from=MERGER, valid_to='', generated='true'))
            print(slug, 'communes', n_communes, 'departments', sum(1 for r in out if r['kind'] == 'DEPARTMENT'))
        d = os.path.join(OUT, slug)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, 'units.csv'), 'w', newline='', encoding='utf-8') as f:
            w = csv.DictWriter(f, fieldnames=HEADER, lineterminator='\n')
            w.writeheader()
            for r in out:
                w.writerow({h: r.get(h, '') for h in HEADER})


if __name__ == '__main__':
    main()
