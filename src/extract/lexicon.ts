/**
 * Common words of Indonesian performance reports and regional budget nomenclature
 * (Permendagri 90/2019). Used, with the words of the report itself, to rejoin words that
 * conversion broke into fragments ("Pe ny edi aa n Jas a" -> "Penyediaan Jasa").
 */
export const LEXICON: readonly string[] = `
dan di ke dari yang untuk dengan atau pada dalam oleh serta antar tingkat
program kegiatan sub urusan pemerintahan pemerintah daerah kabupaten kota provinsi kecamatan kelurahan desa
penunjang penyelenggaraan penyelenggaran pelayanan publik pemberdayaan masyarakat koordinasi ketentraman ketenteraman ketertiban umum
perencanaan penganggaran evaluasi kinerja perangkat administrasi keuangan barang milik kepegawaian pengadaan
penyediaan jasa pemeliharaan rehabilitasi sarana prasarana pendukung gedung kantor bangunan lainnya lain
komponen instalasi listrik penerangan peralatan perlengkapan rumah tangga bahan logistik cetak penggandaan bacaan peraturan
perundang undangan rapat konsultasi surat menyurat komunikasi sumber daya air kendaraan perorangan dinas jabatan mebel mesin
biaya pajak penatausahaan rekonsiliasi penyusunan laporan dokumen rka dpa skpd perubahan capaian ikhtisar realisasi gaji tunjangan asn
akhir tahun pelaporan analisis prognosis anggaran kebutuhan bimbingan teknis implementasi
peningkatan efektifitas efektivitas dilaksanakan unit kerja ada fasilitasi percepatan pencapaian standar minimal wilayah
pelaksanaan dilimpahkan kepada camat terkait kewenangan partisipasi forum musyawarah pembangunan kesejahteraan keluarga
pembentukan penumbuhan karakter melalui kesadaran akan pentingnya penghayatan pengamalan pancasila semua aspek kehidupan
bermasyarakat berbangsa bernegara negara membangun sama warga kelompok ketahanan pangan pendidikan keterampilan mewujudkan manusia
berkualitas berdaya saing derajat kesehatan lingkungan menerapkan perilaku hidup bersih sehat taraf berkoperasi pengembangan ekonomi
kualitas kelestarian pelatihan tanggap bencana alam keterlibatan kehidupan menuju sinergitas kepolisian republik indonesia tentara
nasional instansi vertikal penugasan kepala pembinaan kerukunan suku intra umat beragama ras golongan guna stabilitas keamanan lokal regional
persentase presentase indeks kepuasan jumlah total belanja operasi modal tidak terduga transfer target keuangan sisa pagu uraian indikator
sasaran tujuan strategis satuan tahunan predikat efisiensi penyerapan alokasi berhasil sangat cukup tinggi sedang rendah
`.split(/\s+/).filter(Boolean);
