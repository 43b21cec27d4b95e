package org.offtake.datasets.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * The products the generator's catalogue is built from: international non-proprietary names with their real ATC
 * codes, dosage forms and strengths, and medical devices (no ATC code). Each line of {@link #TABLE} is
 * {@code ATC|name|form:strength,strength;form:strength} (a comma between two digits is a decimal comma, not a
 * separator); the forms are the keys of {@link Form}.
 */
final class Medicines {

    /** A dosage form: its Russian name, the unit counted, and the pack sizes it comes in. */
    enum Form {
        TAB("таблетки", "уп.", 10, 20, 28, 30, 50, 100),
        CAPS("капсулы", "уп.", 10, 14, 16, 20, 30),
        INJ("раствор для инъекций", "амп.", 1, 5, 10),
        POWDER("порошок для приготовления раствора для инъекций", "фл.", 1, 10),
        INFUSION("раствор для инфузий", "фл.", 1),
        CONCENTRATE("концентрат для приготовления раствора для инфузий", "фл.", 1),
        SYRUP("сироп", "фл.", 1),
        SUSPENSION("суспензия", "фл.", 1),
        INHALER("аэрозоль для ингаляций дозированный", "баллон", 1),
        DROPS("капли", "фл.", 1),
        OINTMENT("мазь", "туба", 1),
        DEVICE("", "шт.", 1, 100);

        final String nameRu;
        final String unit;
        final int[] packs;

        Form(String nameRu, String unit, int... packs) {
            this.nameRu = nameRu;
            this.unit = unit;
            this.packs = packs;
        }
    }

    /** One product: an INN or a device in one form and strength. */
    record Product(String atc, String name, Form form, String strength) {

        /** The ATC anatomical main group (its first letter), or {@code '-'} for a device. */
        char group() {
            return atc.isEmpty() ? '-' : atc.charAt(0);
        }
    }

    private static final String TABLE = """
            A02BC01|Омепразол|CAPS:20 мг,40 мг;POWDER:40 мг
            A03FA01|Метоклопрамид|TAB:10 мг;INJ:5 мг/мл
            A07DA03|Лоперамид|CAPS:2 мг
            A10BA02|Метформин|TAB:500 мг,850 мг,1000 мг
            A10AB01|Инсулин человеческий|INJ:100 МЕ/мл
            A10AE04|Инсулин гларгин|INJ:100 МЕ/мл
            A10BB09|Гликлазид|TAB:30 мг,60 мг
            A11CC05|Колекальциферол|DROPS:15000 МЕ/мл
            B01AB01|Гепарин натрия|INJ:5000 МЕ/мл
            B01AB05|Эноксапарин натрия|INJ:40 мг/0,4 мл,80 мг/0,8 мл
            B01AC06|Ацетилсалициловая кислота|TAB:75 мг,100 мг
            B01AF01|Ривароксабан|TAB:15 мг,20 мг
            B03AB05|Железа (III) гидроксид полимальтозат|SYRUP:50 мг/5 мл;TAB:100 мг
            B05BB01|Натрия хлорид|INFUSION:0,9 % 250 мл,0,9 % 500 мл
            B05BA03|Декстроза|INFUSION:5 % 250 мл,10 % 500 мл
            B05XA01|Калия хлорид|CONCENTRATE:40 мг/мл
            C01BD01|Амиодарон|TAB:200 мг;INJ:50 мг/мл
            C01DA02|Нитроглицерин|TAB:0,5 мг
            C03CA01|Фуросемид|TAB:40 мг;INJ:10 мг/мл
            C07AB07|Бисопролол|TAB:5 мг,10 мг
            C08CA01|Амлодипин|TAB:5 мг,10 мг
            C09AA02|Эналаприл|TAB:10 мг,20 мг
            C09CA01|Лозартан|TAB:50 мг,100 мг
            C10AA05|Аторвастатин|TAB:10 мг,20 мг,40 мг
            C10AA07|Розувастатин|TAB:10 мг,20 мг
            H02AB02|Дексаметазон|INJ:4 мг/мл;TAB:0,5 мг
            H02AB06|Преднизолон|TAB:5 мг;INJ:30 мг/мл
            H03AA01|Левотироксин натрия|TAB:50 мкг,100 мкг
            J01CA04|Амоксициллин|CAPS:250 мг,500 мг;SUSPENSION:250 мг/5 мл
            J01CR02|Амоксициллин и клавулановая кислота|TAB:625 мг,1000 мг;POWDER:1,2 г
            J01DB04|Цефазолин|POWDER:1 г
            J01DD01|Цефотаксим|POWDER:1 г
            J01DD04|Цефтриаксон|POWDER:1 г,2 г
            J01DH02|Меропенем|POWDER:500 мг,1 г
            J01FA09|Кларитромицин|TAB:250 мг,500 мг
            J01FA10|Азитромицин|CAPS:250 мг;TAB:500 мг;POWDER:500 мг
            J01GB06|Амикацин|POWDER:500 мг
            J01MA02|Ципрофлоксацин|TAB:500 мг;INFUSION:2 мг/мл
            J01MA12|Левофлоксацин|TAB:500 мг;INFUSION:5 мг/мл
            J01XA01|Ванкомицин|POWDER:500 мг,1 г
            J01XD01|Метронидазол|TAB:250 мг;INFUSION:5 мг/мл
            J02AC01|Флуконазол|CAPS:150 мг
            J04AB02|Рифампицин|CAPS:150 мг,300 мг
            J04AC01|Изониазид|TAB:300 мг
            J05AB01|Ацикловир|TAB:200 мг,400 мг
            J05AH02|Осельтамивир|CAPS:75 мг
            L01BA01|Метотрексат|TAB:2,5 мг;INJ:10 мг/мл
            L01CD01|Паклитаксел|CONCENTRATE:6 мг/мл
            L01FA01|Ритуксимаб|CONCENTRATE:100 мг,500 мг
            L01FD01|Трастузумаб|POWDER:150 мг,440 мг
            L01XA02|Карбоплатин|CONCENTRATE:10 мг/мл
            L02BA01|Тамоксифен|TAB:20 мг
            L04AD01|Циклоспорин|CAPS:25 мг,100 мг
            M01AB05|Диклофенак|TAB:50 мг;INJ:25 мг/мл;OINTMENT:1 %
            M01AB15|Кеторолак|INJ:30 мг/мл;TAB:10 мг
            M01AE01|Ибупрофен|TAB:200 мг,400 мг;SUSPENSION:100 мг/5 мл
            N01AX10|Пропофол|INFUSION:10 мг/мл
            N01BB02|Лидокаин|INJ:20 мг/мл
            N02AA01|Морфин|INJ:10 мг/мл
            N02BE01|Парацетамол|TAB:500 мг;SYRUP:120 мг/5 мл;INFUSION:10 мг/мл
            N03AF01|Карбамазепин|TAB:200 мг
            N03AG01|Вальпроевая кислота|TAB:300 мг,500 мг
            N05BA01|Диазепам|TAB:5 мг;INJ:5 мг/мл
            N06AB06|Сертралин|TAB:50 мг
            R01AA07|Ксилометазолин|DROPS:0,1 %
            R03AC02|Сальбутамол|INHALER:100 мкг/доза
            R03BA02|Будесонид|SUSPENSION:0,25 мг/мл,0,5 мг/мл
            R03DA05|Аминофиллин|INJ:24 мг/мл
            R05CB01|Ацетилцистеин|TAB:600 мг;POWDER:300 мг/3 мл
            R05CB06|Амброксол|TAB:30 мг;SYRUP:15 мг/5 мл
            R06AE07|Цетиризин|TAB:10 мг
            R06AX13|Лоратадин|TAB:10 мг
            |Шприц инъекционный однократного применения|DEVICE:2 мл,5 мл,10 мл,20 мл
            |Система для вливания инфузионных растворов|DEVICE:стандартная
            |Катетер внутривенный периферический|DEVICE:18G,20G,22G
            |Перчатки медицинские смотровые нестерильные|DEVICE:размер M,размер L
            |Маска медицинская трёхслойная|DEVICE:стандартная
            |Тест-полоски для глюкометра|DEVICE:стандартные
            |Бинт марлевый медицинский нестерильный|DEVICE:7 м x 14 см
            """;

    /** Every product of the table, in table order. */
    static final List<Product> PRODUCTS = parse();

    private Medicines() {
    }

    private static List<Product> parse() {
        List<Product> products = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] parts = line.strip().split("\\|");
            for (String formSpec : parts[2].split(";")) {
                String[] formAndStrengths = formSpec.split(":");
                Form form = Form.valueOf(formAndStrengths[0]);
                for (String strength : formAndStrengths[1].split("(?<!\\d),")) {
                    products.add(new Product(parts[0], parts[1], form, strength.strip()));
                }
            }
        }
        return List.copyOf(products);
    }
}
